#!/usr/bin/env bash
# The load benchmark in one command (docs/benchmark.md): packages the bot if its jar is missing or older than the
# sources, unpacks it and records its class data sharing archive as the Dockerfile does (the bot is started the way
# the container starts it), then runs bench/BotLoad.java against it: the echo engine first (the reference), then
# the real engine.
#   bench/run.sh            about 5 minutes
#   bench/run.sh --quick    about 2 minutes
#   bench/run.sh --help     every option (rates, phases, families, JVM options of the bot...)
# The load tool runs in its own JVM with C1 only and the serial GC, so that it takes as little CPU as it can from the
# bot on the same cores, with heap enough that its own collections stay short (they would show as the bot's latency).
# The bot runs with the Dockerfile's JVM options (jvm.options). SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) in the
# environment: the bot uses that
# database (it must be empty or the bot's own) instead of a fresh embedded H2 file under target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/mcc-line-bot-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find src/main flows pom.xml -newer "$jar" -print -quit)" ]; then
  echo "bench: packaging the bot (./mvnw -q -Dmaven.test.skip=true package)"
  ./mvnw -q -Dmaven.test.skip=true package
  jar=$(ls target/mcc-line-bot-*.jar | head -n 1)
fi
app=target/bench/app
unpacked="$app/$(basename "$jar")"
if [ ! -f "$app/bot.jsa" ] || [ "$jar" -nt "$app/bot.jsa" ]; then
  echo "bench: unpacking the jar and recording its class data sharing archive (a start that stops once ready)"
  rm -rf "$app" target/bench/cds-training
  java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
  APP_DATA_DIR="$PWD/target/bench/cds-training" APP_FLOWS_DIR="$PWD/flows" SERVER_PORT=0 LINE_CHANNEL_SECRET=training \
    LINE_CHANNEL_TOKEN=training LINE_API_ENDPOINT=http://127.0.0.1:9 \
    java @jvm.options -XX:ArchiveClassesAtExit="$app/bot.jsa" -Dspring.context.exit=onRefresh -jar "$unpacked" \
    --logging.level.root=ERROR > target/bench/cds-training.log 2>&1 || {
      echo "bench: the training start failed, see target/bench/cds-training.log" >&2; exit 1; }
  rm -rf target/bench/cds-training
fi
classes=target/bench/classes
if [ ! -f "$classes/BotLoad.class" ] || [ bench/BotLoad.java -nt "$classes/BotLoad.class" ]; then
  mkdir -p "$classes"
  javac -d "$classes" bench/BotLoad.java
fi
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx768m -cp "$classes" BotLoad --jar "$unpacked" \
  --bot-opts "@jvm.options -XX:SharedArchiveFile=$app/bot.jsa" --fat-jar "$jar" "$@"
