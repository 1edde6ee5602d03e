"""Alembic migrations, shipped inside the package so an installed diplograph can
create and upgrade its own database without an alembic.ini beside it."""
