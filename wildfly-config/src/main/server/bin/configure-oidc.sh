#!/bin/sh
# Turns single sign-on on in a server's configuration when PAGEFLOW_OIDC_PROVIDER_URL is set (docs/security.md):
# applies configure-oidc.cli, offline, to BASE_DIR/configuration/standalone.xml, a copy made for this start.
#   sh bin/configure-oidc.sh BASE_DIR
# PAGEFLOW_OIDC_CLIENT_ID names the client the tokens are issued for; PAGEFLOW_OIDC_ROLES=realm (the default)
# takes the roles from the token's realm roles, client from the client's roles.
set -eu
base="$1"
bin="$(cd "$(dirname "$0")" && pwd)"
[ -n "${PAGEFLOW_OIDC_PROVIDER_URL:-}" ] || exit 0
if [ -z "${PAGEFLOW_OIDC_CLIENT_ID:-}" ]; then
  echo "PAGEFLOW_OIDC_PROVIDER_URL is set but PAGEFLOW_OIDC_CLIENT_ID is not: name the client the tokens are for" >&2
  exit 2
fi
case "${PAGEFLOW_OIDC_ROLES:-realm}" in
  realm) resource_roles=false ;;
  client) resource_roles=true ;;
  *) echo "PAGEFLOW_OIDC_ROLES must be realm or client, not ${PAGEFLOW_OIDC_ROLES}" >&2; exit 2 ;;
esac
exec "$bin/jboss-cli.sh" -Djboss.server.base.dir="$base" -Dpageflow.oidc.resource-roles="$resource_roles" \
  --resolve-parameter-values --file="$bin/configure-oidc.cli"
