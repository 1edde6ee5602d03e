"""Alembic environment: runs migrations on the connection that ``store.db`` hands over
(``config.attributes["connection"]``), so there is no URL or ini file to keep in sync."""
from alembic import context

from diplograph.store.schema import include_name, metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, include_name=include_name,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
