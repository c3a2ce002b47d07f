"""What the seeds say, written out independently of data/reference.json."""

# Seed 000 (and SPEC M1): objectives of each working table / IMRF round table.
THEMES = {
    1: [2, 5, 6, 12, 18],
    2: [4, 8, 9, 10, 11, 13, 21],
    3: [14, 15, 16, 19, 20, 22],
    4: [1, 3, 7, 17, 23],
}

# Seed 003: thematic clusters of the good-practice exchange sessions.
CLUSTERS = {
    "regular-pathways": (1, [2, 5, 12]),
    "decent-work": (1, [6, 18]),
    "protection": (2, [14, 15, 22]),
    "inclusion": (2, [16, 19, 20]),
    "saving-lives": (3, [4, 8, 13]),
    "trafficking-smuggling": (3, [9, 10, 11]),
    "return-reintegration": (3, [21]),
    "data": (4, [1, 3, 23]),
    "vulnerabilities": (4, [7, 17]),
}

# UN M49 Latin America and the Caribbean: the 33 member states.
SUBREGIONS = {
    "SA": {"AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE"},
    "CAM": {"BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"},
    "CAR": {"AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT"},
}
DIASPORA = {"US", "CA", "ES", "IT", "PT", "FR", "DE", "GB", "NL", "CH", "BE", "SE", "JP", "AU"}

# Seed 000, the quoted list of GCM para 44, in Spanish.
STAKEHOLDER_GROUPS_ES = [
    "Migrantes",
    "Sociedad civil",
    "Organizaciones de migrantes y de las diásporas",
    "Organizaciones confesionales",
    "Autoridades y comunidades locales",
    "Sector privado",
    "Organizaciones de empleadores y de trabajadores",
    "Parlamentarios",
    "Instituciones nacionales de derechos humanos",
    "Movimiento Internacional de la Cruz Roja y de la Media Luna Roja",
    "Círculos académicos",
    "Medios de comunicación",
    "Otros interesados pertinentes",
]
