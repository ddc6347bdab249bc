# syntax=docker/dockerfile:1
# The bot as a container: built with Maven on Temurin 17, run on the Temurin 17 JRE as a non-root user.
# Configuration comes only from docs/contract.md's environment variables (see docker-compose.yml and .env.example).

# ---- build ------------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY src/main ./src/main
# administrator files are packaged too (the fallback when no working folder exists)
COPY flows ./flows
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -Dmaven.test.skip=true package \
 && cp target/mcc-line-bot-*.jar /tmp/bot.jar
COPY docker/HealthProbe.java /tmp/probe/
RUN javac --release 17 -d /tmp/probe /tmp/probe/HealthProbe.java

# ---- run --------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# a Japanese font (IPAGothic) for the rich menu's image, which the bot draws itself
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-ipafont-gothic fontconfig \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system bot \
 && useradd --system --gid bot --home-dir /app --no-create-home --shell /usr/sbin/nologin bot
WORKDIR /app
COPY --from=build /tmp/bot.jar /tmp/bot.jar
# the jar unpacked (its libraries as plain jars beside it: classes load faster than from nested jars)
RUN java -Djarmode=tools -jar /tmp/bot.jar extract --destination /app/bot && rm /tmp/bot.jar
COPY --from=build /tmp/probe/HealthProbe.class /app/probe/
# flows/ seeds the database with the administrator files at the first start (app.flows.dir); after that administrators
# edit them in the console, and a file they never published follows the image's copy. data/ holds local files (APP_DATA_DIR)
COPY flows /app/flows
# the JVM's options, one per line (the heap and the collector: below), as bench/run.sh measures them
COPY jvm.options /app/jvm.options
# class data sharing: a start that stops once the application is ready records the classes it loaded, so that every
# later start maps them instead of loading them again (docs/benchmark.md: startup)
RUN APP_DATA_DIR=/tmp/cds APP_FLOWS_DIR=/app/flows SERVER_PORT=0 LINE_CHANNEL_SECRET=training \
      LINE_CHANNEL_TOKEN=training LINE_API_ENDPOINT=http://127.0.0.1:9 \
      java @/app/jvm.options -XX:ArchiveClassesAtExit=/app/bot/bot.jsa -Dspring.context.exit=onRefresh -jar /app/bot/bot.jar \
      --logging.level.root=ERROR \
 && rm -rf /tmp/cds
RUN mkdir -p /app/data && chown -R bot:bot /app/data /app/flows
# MANAGEMENT_SERVER_PORT: health probes and /actuator/prometheus (docs/runbook.md); never publish it
ENV APP_FLOWS_DIR=/app/flows \
    APP_DATA_DIR=/app/data \
    SERVER_PORT=8080 \
    MANAGEMENT_SERVER_PORT=8081
USER bot
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=10s --start-period=90s --retries=5 \
    CMD ["java", "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp", "/app/probe", "HealthProbe", "/actuator/health/readiness"]
# jvm.options: -Xmx512m, the heap the bot is measured with (bench/run.sh, docs/benchmark.md): enough at a thousand events a second,
# and the process stays well under a gigabyte whatever the host's memory (the JVM's default is a quarter of it).
# -XX:+UseParallelGC: the throughput collector; the bot's objects live for one event, and the real engine takes about a
# quarter less CPU per event than with G1 (1.35 against 1.74 ms, docs/benchmark.md). Its generations fixed (-Xms, -Xmn,
# survivors of 32 MB, objects kept young for 15 collections): what lives a few seconds (the database's pages of new
# events under a burst) dies young instead of filling the old generation, whose full collection stopped the webhook
# for 130-250 ms every 10-15 s at 3,300 webhooks/s (docs/benchmark.md: intake)
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:SharedArchiveFile=/app/bot/bot.jsa", "-Djava.security.egd=file:/dev/urandom", \
            "-jar", "/app/bot/bot.jar"]
