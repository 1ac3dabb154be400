# Builds one of Samvad's services: docker build --build-arg MODULE=bot (or admin-api) .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY pom.xml .
COPY db db
COPY nlp nlp
COPY bot bot
COPY admin-api admin-api
COPY launcher launcher
COPY bench bench
RUN mvn -B -q -pl ${MODULE} -am package -DskipTests \
 && cp ${MODULE}/target/samvad-*-exec.jar /service.jar

FROM eclipse-temurin:17-jre
COPY --from=build /service.jar /app/service.jar
USER 10001
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
