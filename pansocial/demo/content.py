"""The fictional demo mechanism: organisations, people, mandates and practices.

Every organisation, person and practice here is invented; names that resemble real ones
are coincidental. Descriptions end with a sentence saying so, and every address is at
``example.org``. Dates are offsets in days before today, so the demo stays current.
"""

# The note appended to every demo description, in the description's language.
FICTIONAL = {
    "es": "Organización ficticia (datos de demostración).",
    "pt": "Organização fictícia (dados de demonstração).",
    "en": "Fictional organisation (demo data).",
    "fr": "Organisation fictive (données de démonstration).",
}

# key, name, acronym, country, main group, other groups, scope, language, markers
# (m migrant-led, w women-led, g grassroots, d diaspora), working tables, days since it
# became a member, description. Keys are used below for contacts, mandates and practices.
MEMBERS = [
    ("raam", "Red Andina de Acogida Migrante", "RAAM", "CO", "civil-society", ["migrants"],
     "regional", "es", "g", ["mt1", "mt3"], 700,
     "Acompaña a personas venezolanas y colombianas retornadas en Cúcuta, Pasto e Ipiales "
     "con orientación legal, albergue temporal y rutas de integración local."),
    ("cmsf", "Colectivo Mujeres Sin Fronteras", "CMSF", "MX", "migrants", ["civil-society"],
     "local", "es", "mwg", ["mt3"], 700,
     "Colectivo de mujeres migrantes centroamericanas en Tapachula que ofrece acompañamiento "
     "psicosocial, defensa frente a la violencia de género y formación en oficios."),
    ("ipem", "Instituto Pacífico de Estudios sobre Movilidad", "IPEM", "CL", "academia", [],
     "regional", "es", "", ["mt4"], 700,
     "Centro académico que produce datos y análisis sobre movilidad humana en el Cono Sur y "
     "forma a equipos municipales en el uso de evidencia."),
    ("aar", "Associação Acolher Roraima", "AAR", "BR", "faith-based-organisations",
     ["civil-society"], "local", "pt", "g", ["mt2", "mt3"], 698,
     "Acolhe pessoas venezuelanas em Boa Vista e Pacaraima com abrigo, alimentação e apoio à "
     "interiorização para outras cidades do Brasil."),
    ("pmhs", "Pastoral de Movilidad Humana del Sur", "PMHS", "PE", "faith-based-organisations",
     [], "national", "es", "", ["mt2"], 695,
     "Red de casas de acogida en Tacna, Lima y Tumbes que brinda alojamiento, asesoría para la "
     "regularización y acompañamiento espiritual."),
    ("cmwn", "Caribbean Migrant Workers Network", "CMWN", "TT",
     "employers-workers-organisations", ["migrants"], "regional", "en", "m", ["mt1"], 695,
     "Links domestic, agricultural and construction workers across the Caribbean with trade "
     "unions and legal aid, and campaigns for fair recruitment."),
    ("char", "Centre Haïtien d'Appui aux Rapatriés", "CHAR", "HT", "civil-society",
     ["migrants"], "national", "fr", "g", ["mt2"], 690,
     "Accueille les personnes rapatriées à Ouanaminthe et au Cap-Haïtien : premiers secours, "
     "documents d'identité, réinsertion économique et suivi des familles."),
    ("fpc", "Fundación Puentes Centroamericanos", "FPC", "GT", "civil-society", [],
     "regional", "es", "", ["mt1", "mt2"], 690,
     "Trabaja en los corredores de Guatemala, Honduras y El Salvador en la prevención de la "
     "migración forzada, la protección de la niñez en movilidad y la reintegración."),
    ("cmva", "Coordinadora de Migrantes Venezolanos en Argentina", "CMVA", "AR",
     "migrant-diaspora-organisations", ["migrants"], "national", "es", "mg", ["mt3"], 685,
     "Organización creada por personas migrantes venezolanas que orienta sobre trámites "
     "migratorios, homologación de títulos y acceso al empleo formal."),
    ("ocf", "Observatorio Ciudadano de Fronteras", "OCF", "CR", "academia", ["civil-society"],
     "national", "es", "", ["mt4"], 680,
     "Documenta las condiciones de tránsito en las fronteras de Costa Rica y publica informes "
     "trimestrales con datos desagregados por sexo y edad."),
    ("athm", "Asociación de Trabajadoras del Hogar Migrantes", "ATHM", "CL",
     "employers-workers-organisations", ["migrants"], "national", "es", "mwg", ["mt1"], 675,
     "Sindicato de trabajadoras del hogar peruanas, bolivianas y haitianas en Santiago que "
     "defiende contratos justos y el acceso a la seguridad social."),
    ("rdbp", "Rede Diáspora Brasil-Portugal", "RDBP", "PT", "migrant-diaspora-organisations",
     [], "regional", "pt", "md", ["mt3"], 660,
     "Reúne associações de brasileiras e brasileiros em Portugal para apoio jurídico, remessas "
     "seguras e participação política da diáspora."),
    ("dcd", "Defensoría Comunitaria de Darién", "DCD", "PA", "local-authorities-communities",
     [], "local", "es", "g", ["mt2"], 610,
     "Comunidades emberá y afrodescendientes de Darién organizadas para recibir a las personas "
     "en tránsito y exigir servicios de salud y agua segura."),
    ("cjmq", "Clínica Jurídica Migrante de Quito", "CJMQ", "EC", "academia", ["civil-society"],
     "local", "es", "", ["mt1", "mt2"], 580,
     "Estudiantes y docentes de derecho que patrocinan casos de regularización, refugio y "
     "apatridia ante las autoridades ecuatorianas."),
    ("jdra", "Jamaica Diaspora Returnees Association", "JDRA", "JM",
     "migrant-diaspora-organisations", [], "national", "en", "m", ["mt2"], 570,
     "Supports deported and returning Jamaicans with housing referrals, skills certification "
     "and small-business grants."),
    ("rejum", "Red de Jóvenes en Movilidad", "REJUM", "SV", "migrants", [], "regional", "es",
     "mg", ["mt3"], 545,
     "Jóvenes migrantes y retornados de El Salvador, Honduras y Guatemala que impulsan la "
     "participación juvenil y el acceso a la educación."),
    ("ccs", "Colectivo Cruce Seguro", "CCS", "MX", "civil-society", [], "local", "es", "g",
     ["mt2"], 540,
     "Brinda información sobre rutas seguras, atención médica y búsqueda de personas "
     "desaparecidas en la frontera norte de México."),
    ("idmc", "Instituto de Datos Migratorios del Caribe", "IDMC", "DO", "academia", [],
     "regional", "es", "", ["mt4"], 510,
     "Sistematiza registros administrativos y encuestas sobre migración en el Caribe y "
     "acompaña el diseño de indicadores del mecanismo."),
    ("afhc", "Association des Femmes Haïtiennes au Chili", "AFHC", "CL", "migrants",
     ["migrant-diaspora-organisations"], "local", "fr", "mwg", ["mt3"], 490,
     "Regroupe des femmes haïtiennes installées à Santiago : cours d'espagnol, garde d'enfants "
     "solidaire et accompagnement vers l'emploi."),
    ("fta", "Fundación Tierra de Acogida", "FTA", "UY", "civil-society", [], "national", "es",
     "", ["mt3"], 480,
     "Facilita el acceso a la vivienda, la educación y la salud de personas refugiadas y "
     "migrantes en Montevideo y Rivera."),
    ("sirta", "Sindicato Regional de Trabajadores Agrícolas", "SIRTA", "HN",
     "employers-workers-organisations", [], "regional", "es", "", ["mt1"], 450,
     "Representa a jornaleros agrícolas que trabajan por temporadas en otros países y vigila "
     "el cumplimiento de los programas de trabajo temporal."),
    ("cmsj", "Casa del Migrante San Juan", "CMSJ", "GT", "faith-based-organisations", [],
     "local", "es", "", ["mt2"], 420,
     "Albergue en Tecún Umán que ofrece alojamiento, alimentación, atención médica y "
     "orientación a personas en tránsito y retornadas."),
    ("cpim", "Consejo de Pueblos Indígenas Migrantes", "CPIM", "BO", "migrants",
     ["local-authorities-communities"], "regional", "es", "mg", ["mt3"], 410,
     "Articula a comunidades aymaras y quechuas con familiares migrantes en Argentina, Chile y "
     "Brasil para proteger sus derechos culturales y laborales."),
    ("imd", "Instituto Migração e Direitos", "IMD", "BR", "academia", ["civil-society"],
     "national", "pt", "", ["mt4", "mt1"], 390,
     "Pesquisa sobre trabalho migrante e tráfico de pessoas, com formação de defensores "
     "públicos e agentes de saúde em São Paulo."),
    ("gbcf", "Guyana Border Communities Forum", "GBCF", "GY", "local-authorities-communities",
     [], "local", "en", "g", ["mt2"], 360,
     "Brings together village councils on the western border to coordinate reception, health "
     "posts and school places for new arrivals."),
    ("repar", "Red Paraguaya de Retorno", "REPAR", "PY", "migrants", [], "national", "es", "m",
     ["mt2"], 350,
     "Acompaña el retorno de paraguayas y paraguayos desde España y Argentina con orientación "
     "laboral y reconocimiento de aportes previsionales."),
    ("cmncr", "Colectivo Migrante Nicaragüense en Costa Rica", "CMNCR", "CR",
     "migrant-diaspora-organisations", [], "national", "es", "mwg", ["mt3"], 330,
     "Personas nicaragüenses en San José y Upala que promueven la regularización y el acceso "
     "a la seguridad social."),
    ("refat", "Red de Familias Transnacionales", "REFAT", "VE", "civil-society", [],
     "national", "es", "wg", ["mt3", "mt4"], 300,
     "Apoya a familias con integrantes en el exterior: niñez a cargo de abuelas, reunificación "
     "familiar y comunicación a distancia."),
    ("bmha", "Barbados Migrant Health Alliance", "BMHA", "BB", "civil-society", [],
     "national", "en", "", ["mt3"], 270,
     "Nurses and community health workers offering primary care, mental health support and "
     "vaccination days for migrants."),
    ("apa", "Asociación Puente Atlántico", "APA", "ES", "migrant-diaspora-organisations", [],
     "regional", "es", "md", ["mt1"], 260,
     "Personas migrantes latinoamericanas en Madrid que acompañan la homologación de títulos y "
     "promueven vías regulares de movilidad laboral."),
    ("omam", "Organización de Mujeres Afrodescendientes Migrantes", "OMAM", "EC", "migrants",
     [], "national", "es", "mwg", ["mt3"], 240,
     "Mujeres afrocolombianas y afroecuatorianas en Esmeraldas y Guayaquil que enfrentan el "
     "racismo y la violencia de género en la movilidad."),
    ("lmrc", "Latino Migrant Rights Center", "LMRC", "US", "migrant-diaspora-organisations",
     ["civil-society"], "regional", "en", "md", ["mt1"], 210,
     "Diaspora organisation in Houston offering legal clinics, remittance education and "
     "advocacy for safe and regular pathways."),
    ("rma", "Red de Municipios Acogedores", "RMA", "CO", "local-authorities-communities", [],
     "regional", "es", "", ["mt3"], 180,
     "Alianza de gobiernos locales y organizaciones barriales que comparten protocolos de "
     "acogida e inclusión en ciudades intermedias."),
    ("cfbi", "Comité de Familias Buscadoras del Istmo", "CFBI", "HN", "civil-society",
     ["migrants"], "national", "es", "wg", ["mt2"], 170,
     "Familias que buscan a personas migrantes desaparecidas en la ruta hacia el norte; "
     "documentan casos y trabajan con bancos forenses."),
    ("phmd", "Plateforme Haïtienne pour une Migration Digne", "PHMD", "HT", "civil-society",
     [], "national", "fr", "", ["mt1"], 150,
     "Plaidoyer pour des voies de migration régulière et la protection des travailleurs "
     "haïtiens dans les pays de la région."),
    ("rumd", "Red Universitaria de Migración y Desarrollo", "RUMD", "MX", "academia", [],
     "regional", "es", "", ["mt4"], 120,
     "Universidades que forman en metodologías de medición de la migración y acompañan los "
     "informes voluntarios sobre el Pacto Mundial."),
    ("vet", "Radio Comunitaria Voces en Tránsito", "VET", "SV", "media", [], "local", "es",
     "g", ["mt4"], 95,
     "Radio comunitaria que produce programas con y para personas migrantes y combate la "
     "desinformación sobre trámites y rutas."),
    ("asodeh", "Asociación Dominico-Haitiana de Derechos", "ASODEH", "DO", "civil-society",
     ["migrants"], "national", "es", "mg", ["mt1", "mt2"], 80,
     "Acompaña a personas de ascendencia haitiana en el acceso a documentos de identidad y a "
     "la nacionalidad."),
    ("asem", "Associação de Empreendedores Migrantes", "ASEM", "BR", "private-sector",
     ["migrants"], "local", "pt", "m", ["mt1"], 50,
     "Apoia pequenos negócios de migrantes em Curitiba com microcrédito, capacitação e acesso "
     "a mercados."),
    ("bcrn", "Belize Community Reception Network", "BCRN", "BZ", "civil-society", [],
     "national", "en", "g", ["mt3"], 25,
     "Connects churches, schools and clinics across the country to welcome Central American "
     "families and support their registration."),
]  # fmt: skip

# A member that left: (same fields as MEMBERS, then days since it withdrew, reason).
WITHDRAWN = [
    ("fca", "Fundación Camino Abierto", "FCA", "PE", "civil-society", [], "local", "es", "",
     ["mt3"], 600,
     "Acompañaba a familias migrantes en Lima Norte con ollas comunes y apoyo escolar.",
     150, "Cierre de la organización por falta de financiamiento."),
]  # fmt: skip

# Applications waiting for a decision: (fields as MEMBERS, the last number is days since
# the application).
PENDING = [
    ("clp", "Colectivo Migrantes LGBTIQ+ del Pacífico", "CMLP", "CO", "migrants", [], "local",
     "es", "mg", ["mt3"], 12,
     "Acompaña a personas migrantes LGBTIQ+ en Cali y Buenaventura con refugio seguro, salud "
     "integral y asesoría legal."),
    ("slrs", "Saint Lucia Returnee Support Group", "SLRSG", "LC", "migrants", [], "local",
     "en", "mg", ["mt2"], 9,
     "Volunteers supporting nationals returning from abroad with reintegration plans, "
     "counselling and job referrals."),
    ("ners", "Núcleo de Estudos sobre Refúgio do Sul", "NERS", "BR", "academia", [],
     "national", "pt", "", ["mt4"], 6,
     "Grupo universitário que estuda o refúgio e a apatridia no sul do Brasil e assessora "
     "municípios."),
    ("cjdh", "Collectif des Jeunes de la Diaspora Haïtienne", "CJDH", "FR",
     "migrant-diaspora-organisations", [], "regional", "fr", "md", ["mt1"], 3,
     "Jeunes de la diaspora haïtienne en France engagés pour des transferts de fonds moins "
     "coûteux et l'investissement dans les communes d'origine."),
]  # fmt: skip

DECLINED = [
    ("acir", "Agencia de Colocación Internacional Rápida", "ACIR", "PA", "private-sector", [],
     "local", "es", "", ["mt1"], 200,
     "Colocación de trabajadores en el exterior.",
     "No fue posible verificar el trabajo de la organización con personas migrantes ni su "
     "carácter sin fines de lucro. Puede volver a postular con esa documentación."),
]  # fmt: skip

# People: organisation key (None: no organisation), full name, e-mail local part, gender,
# whether the name is public. The first person of an organisation applies for it.
PEOPLE = [
    ("raam", "Valeria Quintero Ardila", "valeria.quintero", "woman", True),
    ("raam", "Julián Ospina", "julian.ospina", "man", False),
    ("cmsf", "Dania Mejía Orellana", "dania.mejia", "woman", True),
    ("ipem", "Tomás Ibarra Leiva", "tomas.ibarra", "man", True),
    ("ipem", "Constanza Riquelme", "constanza.riquelme", "woman", False),
    ("aar", "Irmã Cláudia Nogueira", "claudia.nogueira", "woman", True),
    ("pmhs", "Padre Anselmo Huamán", "anselmo.huaman", "man", True),
    ("cmwn", "Kemar Baptiste", "kemar.baptiste", "man", True),
    ("cmwn", "Shanice Roberts", "shanice.roberts", "woman", True),
    ("char", "Wilfrid Jean-Baptiste", "wilfrid.jeanbaptiste", "man", True),
    ("fpc", "Marisol Cáceres", "marisol.caceres", "woman", True),
    ("fpc", "Edgar Tzul", "edgar.tzul", "man", False),
    ("cmva", "Andreína Salazar", "andreina.salazar", "woman", True),
    ("ocf", "Rolando Araya Víquez", "rolando.araya", "man", True),
    ("athm", "Yolanda Mamani", "yolanda.mamani", "woman", True),
    ("rdbp", "Fernanda Lacerda", "fernanda.lacerda", "woman", False),
    ("dcd", "Aurelio Cunampio", "aurelio.cunampio", "man", True),
    ("cjmq", "Paula Endara", "paula.endara", "woman", True),
    ("jdra", "Desmond Clarke", "desmond.clarke", "man", False),
    ("rejum", "Kevin Alvarado", "kevin.alvarado", "man", True),
    ("ccs", "Itzel Romero", "itzel.romero", "woman", False),
    ("idmc", "Ramona Peña Almonte", "ramona.pena", "woman", True),
    ("afhc", "Marie-Carmelle Pierre", "mariecarmelle.pierre", "woman", True),
    ("fta", "Gonzalo Pereyra", "gonzalo.pereyra", "man", False),
    ("sirta", "Santos Banegas", "santos.banegas", "man", False),
    ("cmsj", "Hermana Lucía Xol", "lucia.xol", "woman", False),
    ("cpim", "Teodora Condori", "teodora.condori", "woman", True),
    ("imd", "Rafael Siqueira", "rafael.siqueira", "man", True),
    ("gbcf", "Anand Persaud", "anand.persaud", "man", False),
    ("repar", "Liz Benítez", "liz.benitez", "woman", False),
    ("cmncr", "Yader Lanuza", "yader.lanuza", "non_binary", False),
    ("refat", "Carmen Villarroel", "carmen.villarroel", "woman", False),
    ("bmha", "Alicia Greaves", "alicia.greaves", "woman", False),
    ("apa", "Diego Fajardo", "diego.fajardo", "man", False),
    ("omam", "Nelly Quiñónez", "nelly.quinonez", "woman", True),
    ("lmrc", "Rosa Delgado", "rosa.delgado", "woman", False),
    ("rma", "Hernán Bustos", "hernan.bustos", "man", False),
    ("cfbi", "Dolores Amaya", "dolores.amaya", "woman", False),
    ("phmd", "Jean-Robert Célestin", "jeanrobert.celestin", "man", False),
    ("rumd", "Mariana Leyva", "mariana.leyva", "woman", False),
    ("vet", "Óscar Menjívar", "oscar.menjivar", "man", False),
    ("asodeh", "Altagracia Joseph", "altagracia.joseph", "woman", False),
    ("asem", "Bruno Tavares", "bruno.tavares", "man", False),
    ("bcrn", "Evelyn Chun", "evelyn.chun", "woman", False),
    ("fca", "Raúl Zevallos", "raul.zevallos", "man", False),
    ("clp", "Samuel Caicedo", "samuel.caicedo", "man", False),
    ("slrs", "Nadine Joseph", "nadine.joseph", "woman", False),
    ("ners", "Luana Kessler", "luana.kessler", "woman", False),
    ("cjdh", "Mackenson Dorval", "mackenson.dorval", "man", False),
    ("acir", "Ernesto Vidal", "ernesto.vidal", "man", False),
    # No organisation: the GT-SC facilitator and the two UN agency seats.
    (None, "Irene Salvatierra", "irene.salvatierra", "woman", True),
    (None, "Marta Quiroga (OIM)", "marta.quiroga", "woman", True),
    (None, "Daniel Okafor (ACNUR)", "daniel.okafor", "man", True),
]  # fmt: skip

FACILITATOR = "irene.salvatierra"

# Officers: (table, position, person, organisation, days since start, days until end).
# A one-year term (seed 000); several end within 60 days, so the next elections show.
OFFICERS = [
    ("mt1", "secretary", "kemar.baptiste", "cmwn", 320, 45),
    ("mt1", "principal_delegate", "yolanda.mamani", "athm", 320, 45),
    ("mt1", "alternate_delegate", "marisol.caceres", "fpc", 320, 45),
    ("mt2", "secretary", "wilfrid.jeanbaptiste", "char", 340, 25),
    ("mt2", "principal_delegate", "claudia.nogueira", "aar", 340, 25),
    ("mt3", "secretary", "dania.mejia", "cmsf", 300, 65),
    ("mt3", "alternate_delegate", "andreina.salazar", "cmva", 300, 65),
    ("mt4", "secretary", "tomas.ibarra", "ipem", 280, 85),
    ("technical", "secretary", "rolando.araya", "ocf", 250, 115),
    ("indicators", "secretary", "ramona.pena", "idmc", 200, 165),
]
# The first term of the working tables' secretaries, ended: the tables' history.
PAST_OFFICERS = [
    ("mt1", "secretary", "valeria.quintero", "raam", 690, 330),
    ("mt2", "secretary", "anselmo.huaman", "pmhs", 690, 345),
    ("mt3", "secretary", "teodora.condori", "cpim", 400, 305),
]
# Liaison table: (person, organisation, working table represented, days since start,
# days until end). mt2 has one seat vacant and mt4 both: three of ten seats are vacant.
LIAISON = [
    ("valeria.quintero", "raam", "mt1", 310, 55),
    ("shanice.roberts", "cmwn", "mt1", 310, 55),
    ("paula.endara", "cjmq", "mt2", 330, 35),
    ("nelly.quinonez", "omam", "mt3", 290, 75),
    ("kevin.alvarado", "rejum", "mt3", 290, 75),
]
UN_AGENCY_SEATS = [
    ("marta.quiroga", 400, None),
    ("daniel.okafor", 400, None),
]
# Days since each table last met; mt4 is overdue (more than a quarter).
MEETINGS = {"mt1": 21, "mt2": 48, "mt3": 63, "mt4": 131, "liaison": 30, "technical": 75}

# Published practices: submitting person, implementing organisations (key or a name and a
# type), language, type, scope, countries, objectives (first = primary), principles, start
# (days ago), end (days ago, None = ongoing), days since publication, title, summary,
# description, results, lessons, replicability.
PRACTICES = [
    {
        "submitter": "valeria.quintero",
        "implementers": ["raam", ("Alcaldía de Cúcuta (ficticia)", "local_government")],
        "language": "es",
        "type": "programme",
        "scope": "national",
        "countries": ["CO"],
        "objectives": [4, 5, 15],
        "principles": ["people-centred", "whole-of-society"],
        "start": 600,
        "end": None,
        "published": 240,
        "title": "Ventanilla única de regularización en Cúcuta",
        "summary": "Un solo lugar donde las personas migrantes inician su regularización, se "
        "afilian a la salud y matriculan a sus hijas e hijos en la escuela.",
        "description": "La ventanilla reúne a la oficina migratoria, la secretaría de salud y la "
        "de educación en un mismo local, con horario extendido y atención sin cita. Las "
        "organizaciones de la red orientan a quienes llegan y acompañan los casos difíciles.",
        "results": "Más de 9.000 personas atendidas en el primer año; el tiempo medio de "
        "trámite bajó de 40 a 12 días.",
        "lessons": "La presencia de organizaciones migrantes en la fila da confianza.",
        "replicability": "Requiere un convenio entre instituciones locales y un local céntrico.",
    },
    {
        "submitter": "claudia.nogueira",
        "implementers": ["aar"],
        "language": "pt",
        "type": "programme",
        "scope": "national",
        "countries": ["BR"],
        "objectives": [16, 6, 18],
        "principles": ["human-rights", "whole-of-government"],
        "start": 900,
        "end": 160,
        "published": 150,
        "title": "Interiorização com emprego: de Roraima para o Sul",
        "summary": "Famílias venezuelanas acolhidas em Boa Vista mudam-se para cidades do Sul "
        "com uma vaga de trabalho confirmada e uma rede local de acolhida.",
        "description": "A associação identifica empregadores, prepara as famílias com cursos "
        "de português e direitos trabalhistas e acompanha os primeiros seis meses na cidade "
        "de destino, junto com paróquias e serviços municipais.",
        "results": "420 famílias interiorizadas; 87 % continuavam empregadas após seis meses.",
        "lessons": "O acompanhamento depois da viagem é tão importante quanto a vaga.",
        "replicability": "Replicável onde houver redes de acolhida nas cidades de destino.",
    },
    {
        "submitter": "kemar.baptiste",
        "implementers": ["cmwn", "athm"],
        "language": "en",
        "type": "tool",
        "scope": "regional",
        "countries": ["TT", "JM", "BB", "CL"],
        "objectives": [6, 22],
        "principles": ["gender-responsive", "human-rights"],
        "start": 700,
        "end": None,
        "published": 120,
        "title": "Fair recruitment pledge for domestic workers",
        "summary": "Recruitment agencies sign a public pledge of zero recruitment fees and "
        "written contracts; workers rate them through a simple phone survey.",
        "description": "The network drafted the pledge with domestic workers' unions, publishes "
        "the list of signatory agencies and their ratings, and trains workers to recognise "
        "abusive clauses before they travel.",
        "results": "31 agencies signed; complaints about fees fell by half among signatories.",
        "lessons": "Public ratings move agencies more than private warnings.",
        "replicability": "Any corridor with an organised domestic workers' union.",
    },
    {
        "submitter": "wilfrid.jeanbaptiste",
        "implementers": ["char"],
        "language": "fr",
        "type": "programme",
        "scope": "national",
        "countries": ["HT"],
        "objectives": [21, 7],
        "principles": ["child-sensitive", "people-centred"],
        "start": 1100,
        "end": None,
        "published": 90,
        "title": "Accueil et réinsertion des rapatriés à Ouanaminthe",
        "summary": "Un accueil digne à la frontière pour les personnes rapatriées, puis un "
        "accompagnement de six mois vers un revenu et un logement.",
        "description": "Le centre reçoit chaque jour les personnes rapatriées, assure les "
        "premiers soins, la recherche des familles et la délivrance de documents, puis propose "
        "une formation courte et un petit capital de démarrage.",
        "results": "2 300 personnes accueillies ; 60 % avec une activité génératrice de revenu.",
        "lessons": "Travailler avec les mairies des communes d'origine dès l'arrivée.",
        "replicability": "Adaptable aux autres points de retour terrestres.",
    },
    {
        "submitter": "dolores.amaya",
        "implementers": ["cfbi", "ccs"],
        "language": "es",
        "type": "tool",
        "scope": "regional",
        "countries": ["HN", "MX", "GT"],
        "objectives": [8],
        "principles": ["human-rights", "international-cooperation"],
        "start": 1300,
        "end": None,
        "published": 60,
        "title": "Protocolo comunitario de búsqueda de personas migrantes desaparecidas",
        "summary": "Familias buscadoras y organizaciones de frontera comparten una ficha única "
        "de búsqueda y una ruta de denuncia en tres países.",
        "description": "El protocolo define qué datos recoger, cómo cuidar la privacidad de las "
        "familias y a qué instituciones acudir en cada país, con un registro compartido que "
        "solo ven las organizaciones firmantes.",
        "results": "140 casos documentados con la ficha única; 23 personas localizadas.",
        "lessons": "La confianza entre familias y organizaciones se construye en persona.",
        "replicability": "Necesita acuerdos de protección de datos entre las organizaciones.",
    },
    {
        "submitter": "rolando.araya",
        "implementers": ["ocf"],
        "language": "es",
        "type": "tool",
        "scope": "national",
        "countries": ["CR", "PA"],
        "objectives": [1, 3],
        "principles": ["whole-of-society", "sustainable-development"],
        "start": 480,
        "end": None,
        "published": 30,
        "title": "Tablero abierto de datos de movilidad en la frontera sur",
        "summary": "Datos trimestrales sobre el tránsito por la frontera, desagregados por sexo "
        "y edad, publicados en formato abierto para gobiernos locales y prensa.",
        "description": "El observatorio combina conteos en albergues, encuestas breves y "
        "registros públicos, los revisa con las comunidades y los publica con una nota "
        "metodológica en lenguaje sencillo.",
        "results": "Seis informes publicados; dos municipios los usan para planificar servicios.",
        "lessons": "Explicar los límites de los datos evita malas lecturas.",
        "replicability": "Requiere voluntariado estable para los conteos.",
    },
]
# A practice waiting in review, assigned to a reviewer who has not scored it yet.
IN_REVIEW = {
    "submitter": "gonzalo.pereyra",
    "implementers": ["fta"],
    "language": "es",
    "type": "programme",
    "scope": "national",
    "countries": ["UY"],
    "objectives": [15, 16],
    "principles": ["child-sensitive"],
    "start": 400,
    "end": None,
    "title": "Escuelas sin fronteras: matrícula inmediata para niñez migrante",
    "summary": "Las escuelas de Rivera matriculan a niñas y niños migrantes el mismo día, "
    "aunque falten documentos, y los regularizan después.",
    "description": "Un acuerdo con la inspección departamental permite la matrícula "
    "provisional, con un referente en cada escuela y clases de apoyo en español.",
    "results": "",
    "lessons": "",
    "replicability": "",
}
REVIEWER = "tomas.ibarra"
# Scores the reviewer gave every published practice, criterion by criterion (0–4).
SCORES = [4, 3, 3, 4, 3, 4]
