"""Static assets of the web UI (a package so that setuptools ships its *.js and *.css)."""
