# Build: the same Maven build as the README, without tests (CI runs them), with the profile "production"
# (no macOS PostgreSQL binaries in the jar).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
COPY scripts/operaton scripts/operaton
# production: no macOS PostgreSQL binaries; add operaton for the Operaton build (docs/upgrade.md).
ARG MAVEN_PROFILES=production
RUN mvn -B -q -P${MAVEN_PROFILES} -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 slrt
WORKDIR /app
COPY --from=build /src/target/slrt-case-engine-*.jar /app/slrt-case-engine.jar
USER slrt
EXPOSE 8080
# The office's zone for everything the engine reads in local time (timer dates without an offset, "today"); the app's
# own dates follow slrt.zone and history cleanup's window carries its offset (application.yml).
ENV TZ=Asia/Jakarta
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError -Duser.timezone=Asia/Jakarta"
# Ready = database reachable and engine up (the readiness group); curl is part of the Temurin image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD curl -fsS -o /dev/null http://localhost:${PORT:-8080}/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/slrt-case-engine.jar"]
