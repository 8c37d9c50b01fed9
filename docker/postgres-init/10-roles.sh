#!/bin/sh
# First start of the postgres container only (docker-entrypoint-initdb.d): the logins of a
# least-privilege installation. POSTGRES_USER stays the container's superuser, for the DBA.
#   startbaan_owner  owns the database and runs the migrations (`migrate`); CREATEROLE for the
#                    group roles the migrations make where they are missing
#   startbaan_api    the api's and the worker's login: a member of startbaan_app, owns nothing
#   startbaan_app, startbaan_employer  the group roles (see the LeastPrivilege migration)
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$STARTBAAN_OWNER_PASSWORD" -v api_password="$STARTBAAN_API_PASSWORD" <<'SQL'
CREATE ROLE startbaan_owner LOGIN CREATEROLE PASSWORD :'owner_password';
CREATE ROLE startbaan_app NOLOGIN;
CREATE ROLE startbaan_employer NOLOGIN;
GRANT startbaan_employer TO startbaan_app;
CREATE ROLE startbaan_api LOGIN PASSWORD :'api_password' IN ROLE startbaan_app;
SELECT format('ALTER DATABASE %I OWNER TO startbaan_owner', current_database()) \gexec
SQL
