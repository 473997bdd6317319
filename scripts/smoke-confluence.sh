#!/usr/bin/env bash
# Smoke test of Planprocess on a real Confluence Data Center (a staging instance, never production first):
#
#   CONFLUENCE_PASSWORD=… scripts/smoke-confluence.sh BASE_URL ADMIN_USER [JAR]
#
#   BASE_URL     e.g. https://confluence-staging.example.se (with the context path, if any)
#   ADMIN_USER   a Confluence system administrator; the password comes from CONFLUENCE_PASSWORD or a prompt
#   JAR          the app's jar for this Confluence line; without it the installed app is checked and left alone
#   SMOKE_SPACE  (environment) an existing space the script may use, default PPSMOKE; it becomes the committee
#                "Planprocess röktest" unless another committee already owns it (then the script stops)
#
# Steps: install the jar through UPM's REST API (upm-token, multipart upload, polling the pending task), check the
# app and each of its modules are enabled, create a committee and a cycle, create a feedback report through the
# Create dialog's blueprint REST path, check the report is registered and its status can move, then uninstall.
# Against Planprocess's local host, which loads the jar when it starts, the install and uninstall steps are skipped
# and the script says so. Every step prints PASS, FAIL or SKIP; the exit status is 0 only if nothing failed.
# Needs bash, curl and python3 (for JSON).
set -uo pipefail

usage() {
    echo "usage: CONFLUENCE_PASSWORD=… $0 BASE_URL ADMIN_USER [JAR]" >&2
    exit 2
}
[ $# -ge 2 ] && [ $# -le 3 ] || usage
BASE="${1%/}"
ADMIN="$2"
JAR="${3:-}"
SPACE="${SMOKE_SPACE:-PPSMOKE}"
PLUGIN_KEY="se.planprocess.confluence"
BLUEPRINT="$PLUGIN_KEY:report-blueprint"
COMMITTEE_NAME="Planprocess röktest"
API="$BASE/rest/planprocess/1.0"

if [ -n "$JAR" ] && [ ! -f "$JAR" ]; then
    echo "No such jar: $JAR" >&2
    exit 2
fi
if [ -z "${CONFLUENCE_PASSWORD:-}" ]; then
    if [ -t 0 ]; then
        read -r -s -p "Password for $ADMIN at $BASE: " CONFLUENCE_PASSWORD
        echo
    else
        echo "Set CONFLUENCE_PASSWORD (no terminal to ask on)." >&2
        exit 2
    fi
fi
for tool in curl python3; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
NETRC="$WORK/netrc"
# The password goes to curl through a netrc file, never on a command line other users could read.
host="$(printf '%s' "$BASE" | sed -E 's#^[a-z]+://([^/:]+).*#\1#')"
ORIGIN="$(printf '%s' "$BASE" | sed -E 's#^([a-z]+://[^/]+).*#\1#')"
printf 'machine %s login %s password %s\n' "$host" "$ADMIN" "$CONFLUENCE_PASSWORD" > "$NETRC"
chmod 600 "$NETRC"

passed=0
failed=0
skipped=0
pass() { passed=$((passed + 1)); printf 'PASS  %-12s %s\n' "$1" "$2"; }
fail() { failed=$((failed + 1)); printf 'FAIL  %-12s %s\n' "$1" "$2"; }
skip() { skipped=$((skipped + 1)); printf 'SKIP  %-12s %s\n' "$1" "$2"; }
summary() {
    echo "smoke-confluence: $passed passed, $failed failed, $skipped skipped against $BASE"
    [ "$failed" -eq 0 ]
    exit $?
}

# http METHOD URL [curl args…]: body in $WORK/body, headers in $WORK/headers, status in $status.
status=000
http() {
    local method="$1" url="$2"
    shift 2
    status="$(curl -sS --netrc-file "$NETRC" -X "$method" -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' \
        -H 'X-Atlassian-Token: no-check' "$@" "$url" 2>"$WORK/curl.err")" || status=000
}
json_post() { http POST "$1" -H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary "$2"; }
# field EXPR: evaluates a Python expression over the last body (bound to d); prints "" when it does not apply.
field() {
    python3 - "$WORK/body" "$1" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1], encoding="utf-8"))
    names = {"len": len, "str": str, "all": all, "any": any, "next": next, "range": range}
    v = eval(sys.argv[2], {"__builtins__": names, "d": d})
except Exception:
    v = ""
print("" if v is None else (json.dumps(v) if isinstance(v, (dict, list)) else v))
PY
}
why() {
    local message
    message="$(field 'd.get("message") or d.get("errorMessage") or ""')"
    [ -n "$message" ] || message="$(head -c 300 "$WORK/body" 2>/dev/null | tr -d '\r\n')"
    [ -n "$message" ] || message="$(head -c 300 "$WORK/curl.err" 2>/dev/null | tr -d '\r\n')"
    printf 'HTTP %s: %s' "$status" "$message"
}
header() { grep -i "^$1:" "$WORK/headers" | head -1 | cut -d: -f2- | tr -d ' \r'; }

echo "== Planprocess smoke test against $BASE as $ADMIN (space $SPACE)"

# 1. Who answers: UPM (a real Confluence) or the local host.
http GET "$BASE/rest/plugins/1.0/?os_authType=basic" -H 'Accept: application/vnd.atl.plugins.installed+json'
if [ "$status" != 200 ]; then
    fail connect "$(why) (is $ADMIN a Confluence administrator, and is $BASE right?)"
    summary
fi
token="$(header upm-token)"
mode=""
if [ -n "$token" ]; then
    mode=upm
    pass connect "the Universal Plugin Manager answers"
elif [ "$(field 'd.get("host")')" = "planprocess-devhost" ]; then
    mode=devhost
    pass connect "Planprocess's local host answers (it loads the jar when it starts, without UPM)"
else
    fail connect "no upm-token header in UPM's answer: is UPM enabled, and is $ADMIN a system administrator?"
    summary
fi

# 2. Install.
installed_here=false
if [ "$mode" = devhost ]; then
    skip install "the local host loaded the jar at start; nothing to install through UPM"
elif [ -z "$JAR" ]; then
    skip install "no jar given: checking the app that is installed, and leaving it installed"
else
    http POST "$BASE/rest/plugins/1.0/?token=$token" -H 'Accept: application/json' -F "plugin=@$JAR;type=application/java-archive"
    task="$(field 'd.get("links", {}).get("self", "")')"
    if [ "$status" != 202 ] && [ "$status" != 200 ]; then
        fail install "$(why)"
        summary
    fi
    done_=false
    for _ in $(seq 1 90); do
        [ -n "$task" ] || break
        # UPM's links are paths from the server root (with the context path): prefix scheme, host and port.
        case "$task" in http*) url="$task" ;; *) url="$ORIGIN$task" ;; esac
        http GET "$url" -H 'Accept: application/json'
        type="$(header content-type)"
        if [ "$(field 'd.get("status", {}).get("done")')" = "True" ] || [[ "$type" == *install.complete* ]] \
            || [ "$status" = 303 ]; then
            error="$(field 'd.get("status", {}).get("errorMessage") or d.get("status", {}).get("subCode") or ""')"
            if [ -n "$error" ] || [[ "$type" == *err* ]]; then
                fail install "UPM reported: $error"
                summary
            fi
            done_=true
            break
        fi
        if [[ "$type" == *err* ]]; then
            fail install "UPM reported: $(why)"
            summary
        fi
        sleep 2
    done
    if [ "$done_" = true ] || [ -z "$task" ]; then
        installed_here=true
        pass install "$(basename "$JAR") installed through UPM"
    else
        fail install "UPM's install task did not finish within 3 minutes ($task)"
        summary
    fi
fi

# 3. The app and each module are enabled.
http GET "$BASE/rest/plugins/1.0/$PLUGIN_KEY-key" -H 'Accept: application/vnd.atl.plugins.plugin+json'
if [ "$status" != 200 ]; then
    fail enabled "$(why) (is the app installed?)"
    summary
fi
modules="$(field 'len(d.get("modules", []))')"
disabled="$(field '",".join(m.get("key", "?") for m in d.get("modules", []) if not m.get("enabled"))')"
if [ "$(field 'd.get("enabled")')" != "True" ]; then
    fail enabled "the app $PLUGIN_KEY $(field 'd.get("version")') is disabled"
    summary
elif [ -n "$disabled" ] || [ "${modules:-0}" -lt 1 ]; then
    fail enabled "disabled modules: ${disabled:-none listed} ($modules modules)"
    summary
else
    pass enabled "$PLUGIN_KEY $(field 'd.get("version")') and all $modules modules are enabled"
fi

# 4. A committee for the smoke space (never taking over a real committee's space).
http GET "$API/admin/committees" -H 'Accept: application/json'
owner="$(field "next((c.get('name') for c in d if c.get('spaceKey') == '$SPACE'), '')")"
if [ "$status" != 200 ]; then
    fail committee "$(why)"
    summary
elif [ -n "$owner" ] && [ "$owner" != "$COMMITTEE_NAME" ]; then
    fail committee "space $SPACE belongs to the committee \"$owner\": set SMOKE_SPACE to a space of its own"
    summary
fi
json_post "$API/admin/committees" "{\"name\":\"$COMMITTEE_NAME\",\"shortName\":\"RÖKTEST\",\"spaceKey\":\"$SPACE\"}"
committee="$(field 'd.get("id")')"
if [ "$status" = 200 ] && [ -n "$committee" ]; then
    pass committee "\"$COMMITTEE_NAME\" (id $committee) for space $SPACE"
else
    fail committee "$(why) (does the space $SPACE exist? create it or set SMOKE_SPACE)"
    summary
fi

# 5. A cycle of its own: the first free plan year from 2090.
http GET "$API/admin/cycles" -H 'Accept: application/json'
year="$(field 'next((y for y in range(2090, 2100) if all(c.get("planYear") != y for c in d)), "")')"
if [ "$status" != 200 ] || [ -z "$year" ]; then
    fail cycle "$(why) (no free plan year in 2090-2099)"
    summary
fi
json_post "$API/admin/cycles" "{\"template\":\"regionplan\",\"planYear\":$year}"
cycle="$(field 'd.get("id")')"
if [ "$status" = 200 ] && [ -n "$cycle" ]; then
    pass cycle "$(field 'd.get("nameSv")') (id $cycle)"
else
    fail cycle "$(why)"
    summary
fi

# 6. A feedback report through the Create dialog's blueprint REST path.
http GET "$BASE/rest/create-dialog/1.0/blueprints/web-items?spaceKey=$SPACE" -H 'Accept: application/json'
blueprint="$(field "next((i.get('contentBlueprintId') for i in d if i.get('blueprintModuleCompleteKey') == '$BLUEPRINT'), '')")"
if [ "$status" != 200 ] || [ -z "$blueprint" ]; then
    fail blueprint "the Create dialog does not offer $BLUEPRINT in $SPACE ($(why))"
    summary
fi
json_post "$BASE/rest/create-dialog/1.0/content-blueprint/create-content" \
    "{\"spaceKey\":\"$SPACE\",\"contentBlueprintId\":\"$blueprint\",\"context\":{\"committeeId\":\"$committee\",\"cycleId\":\"$cycle\"}}"
page="$(field 'd.get("pageId") or ""')"
if [ "$status" = 200 ] && [ -n "$page" ]; then
    pass blueprint "page $page \"$(field 'd.get("title", "")')\" created from $BLUEPRINT"
else
    fail blueprint "$(why)"
    summary
fi

# 7. The report is registered (from the blueprint event), in its first status.
http GET "$API/documents/$page" -H 'Accept: application/json'
kind="$(field 'd.get("kind")')"
registered_committee="$(field 'd.get("committeeName")')"
first="$(field 'd.get("status", {}).get("key")')"
version="$(field 'd.get("version")')"
next_status="$(field '(d.get("next") or {}).get("key", "")')"
if [ "$status" = 200 ] && [ "$kind" = feedback-report ] && [ "$registered_committee" = "$COMMITTEE_NAME" ]; then
    pass registered "feedback report of \"$registered_committee\", status $first, version $version"
else
    fail registered "$(why) (kind \"$kind\", committee \"$registered_committee\")"
    summary
fi

# 8. Its status can move one step.
if [ -z "$next_status" ]; then
    fail status "no next status offered from $first"
    summary
fi
json_post "$API/documents/$page/status" "{\"status\":\"$next_status\",\"version\":$version}"
moved="$(field 'd.get("status", {}).get("key")')"
if [ "$status" = 200 ] && [ "$moved" = "$next_status" ]; then
    pass status "$first -> $moved (version $(field 'd.get("version")'))"
else
    fail status "$(why)"
fi

# 9. Uninstall what this run installed.
if [ "$mode" = devhost ]; then
    skip uninstall "the local host keeps the jar it loaded at start"
elif [ "$installed_here" != true ]; then
    skip uninstall "this run did not install the app"
else
    http DELETE "$BASE/rest/plugins/1.0/$PLUGIN_KEY-key"
    if [ "$status" = 204 ]; then
        pass uninstall "$PLUGIN_KEY removed (its tables and the smoke data stay, as Active Objects keeps them)"
    else
        fail uninstall "$(why)"
    fi
fi

summary
