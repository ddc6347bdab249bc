#!/usr/bin/env bash
# The load benchmark in one command (docs/benchmark.md): packages the bot if its jar is missing or older than the
# sources, then runs bench/BotLoad.java against it, the echo engine first (the reference), then the real engine.
#   bench/run.sh            about 5 minutes
#   bench/run.sh --quick    about 2 minutes
#   bench/run.sh --help     every option (rates, phases, families, JVM options of the bot...)
# The load tool runs in its own JVM with C1 only and the serial GC, so that it takes as little CPU as it can from the
# bot on the same cores. SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) in the environment: the bot uses that
# database (it must be empty or the bot's own) instead of a fresh embedded H2 file under target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/mcc-line-bot-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find src/main flows pom.xml -newer "$jar" -print -quit)" ]; then
  echo "bench: packaging the bot (./mvnw -q -Dmaven.test.skip=true package)"
  ./mvnw -q -Dmaven.test.skip=true package
  jar=$(ls target/mcc-line-bot-*.jar | head -n 1)
fi
classes=target/bench/classes
if [ ! -f "$classes/BotLoad.class" ] || [ bench/BotLoad.java -nt "$classes/BotLoad.class" ]; then
  mkdir -p "$classes"
  javac -d "$classes" bench/BotLoad.java
fi
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -cp "$classes" BotLoad --jar "$jar" "$@"
