#!/usr/bin/env bash
# The sources for the Operaton build (Maven profile "operaton", docs/upgrade.md): a copy of src/ in
# target-operaton/operaton-src/
# with Camunda 7's names rewritten to Operaton's. src/ itself is never changed; Camunda 7.24 stays the default build.
set -euo pipefail
ROOT="${1:-$(cd "$(dirname "$0")/../.." && pwd)}"
OUT="${2:-$ROOT/target-operaton/target/operaton-src}"
rm -rf "$OUT"
mkdir -p "$OUT"
cp -r "$ROOT/src/main" "$ROOT/src/test" "$OUT/"

# Java and resources: packages (engine, model API, DMN, webapp, Spring Boot starter, Spin).
grep -rlE 'org\.camunda\.(bpm|spin)' "$OUT" --include='*.java' --include='*.factories' --include='*.imports' \
    --include='*.xml' --include='*.yml' --include='*.properties' | while read -r file; do
  sed -i -e 's/org\.camunda\.bpm/org.operaton.bpm/g' -e 's/org\.camunda\.spin/org.operaton.spin/g' "$file"
done
# Names Operaton changed beyond the package: the model API's camunda: extension elements (CamundaProperty ->
# OperatonProperty, package instance.operaton), the Spring Boot starter's properties class, and the expression
# language, which is plain jakarta.el there (Camunda shades it into its JUEL package).
grep -rlE 'instance\.camunda|CamundaBpmProperties|impl\.juel\.jakarta\.el|[gs]etCamunda|\.camunda[A-Z]|CAMUNDA_BPMN_EXTENSIONS_NS' "$OUT" --include='*.java' | while read -r file; do
  sed -i -E -e 's/model\.bpmn\.instance\.camunda/model.bpmn.instance.operaton/g' \
      -e 's/\bCamunda(InputOutput|InputParameter|OutputParameter|Properties|Property|FormData|FormField|ExecutionListener|TaskListener|Field|In|Out|List|Map|Entry|Value|Script|Connector|ConnectorId|ErrorEventDefinition|FailedJobRetryTimeCycle|Constraint|Validation|PotentialStarter|String|Expression|GenericValueElement)\b/Operaton\1/g' \
      -e 's/CamundaBpmProperties/OperatonBpmProperties/g' \
      -e 's/org\.operaton\.bpm\.impl\.juel\.jakarta\.el/jakarta.el/g' \
      -e 's/\b([gs])etCamunda([A-Z])/\1etOperaton\2/g' -e 's/\.camunda([A-Z][A-Za-z]*\()/.operaton\1/g' \
      -e 's/\bBpmnParse\.CAMUNDA_BPMN_EXTENSIONS_NS/BpmnParse.OPERATON_BPMN_EXTENSIONS_NS/g' "$file"
done

# Camunda-only test plug-in (process test coverage for Camunda 7): not part of the Operaton build.
sed -i -e '/process_test_coverage/d' -e 's/ProcessEngineCoverageConfiguration\.class, //' \
    "$OUT/test/java/id/slrt/caseengine/support/IntegrationTest.java"

# Operaton's process assertions (operaton-bpm-assert) are not on Maven Central: the tests built on them stay out.
LEFT_OUT=$(grep -rl 'org\.operaton\.bpm\.engine\.test\.assertions' "$OUT/test" || true)
for file in $LEFT_OUT; do
  echo "left out (needs operaton-bpm-assert): ${file#$OUT/}"
  rm -f "$file"
done
# and the tests that use those (their story helpers).
for file in $LEFT_OUT; do
  class=$(basename "$file" .java)
  for user in $(grep -rlw "$class" "$OUT/test" || true); do
    echo "left out (uses $class): ${user#$OUT/}"
    rm -f "$user"
  done
done

# Configuration: camunda.bpm.* is operaton.bpm.*; the webapps keep their /camunda/ address (bookmarks, proxy, tests).
for yml in "$OUT"/main/resources/application*.yml "$OUT"/test/resources/application*.yml; do
  sed -i -e 's/^camunda:$/operaton:/' "$yml"
done
sed -i -e 's/^    webapp:$/    webapp:\n      application-path: \/camunda/' "$OUT/main/resources/application.yml"

# The webapps' Indonesian translations and configuration, where Operaton's webjar has them.
if [ -d "$OUT/main/resources/META-INF/resources/webjars/camunda" ]; then
  cp -r "$OUT/main/resources/META-INF/resources/webjars/camunda" "$OUT/main/resources/META-INF/resources/webjars/operaton"
fi
echo "Operaton sources in $OUT"
