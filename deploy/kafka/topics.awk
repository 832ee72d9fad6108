# Reads deploy/topics.yaml (the subset of YAML it is written in) and prints one line per topic:
#   <name> <partitions> <config k=v,k=v,...>
# Lives in awk because the apache/kafka image has no YAML tool; deploy/deployment-tests checks that it reads
# the same topics, partitions and configs as a real YAML parser.
function flush() {
    if (name != "") print name, partitions, config
    name = ""; partitions = ""; config = ""; inConfig = 0
}
function add(entry,    key, value) {
    sub(/^[ \t]+/, "", entry); sub(/[ \t]+$/, "", entry)
    if (entry == "") return
    key = entry; sub(/:.*/, "", key)
    value = entry; sub(/^[^:]*:[ \t]*/, "", value)
    config = config (config == "" ? "" : ",") key "=" value
}
{
    sub(/[ \t]+#.*$/, ""); sub(/^[ \t]*#.*$/, "")
    if ($0 ~ /^[ \t]*$/) next
}
/^  - name:/ { flush(); name = $3; next }
/^    [^ ]/ { inConfig = 0 }
/^    partitions:/ { partitions = $2; next }
/^    config:[ \t]*\{/ {
    line = $0; sub(/^[^{]*\{/, "", line); sub(/\}.*$/, "", line)
    n = split(line, entries, ",")
    for (i = 1; i <= n; i++) add(entries[i])
    next
}
/^    config:[ \t]*$/ { inConfig = 1; next }
inConfig && /^      [^ ]/ { add($0); next }
END { flush() }
