"""Plain functions over the reference data; views, commands and migrations call them."""
