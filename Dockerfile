# syntax=docker/dockerfile:1
# Vigie's container image: the `vigie` binary alone (consoles and GraphiQL are embedded in
# it) on Google's distroless C runtime (Debian 12), as an unprivileged user.
#
#   docker build -t vigie .
#   docker run -p 8080:8080 -v vigie-data:/var/lib/vigie vigie serve --demo
#
# Production: DATABASE_URL and VIGIE_S3_* in the environment (see deploy/compose.yaml).

FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked -p vigie-api && cp target/release/vigie /vigie
# The data folder, owned by the runtime's unprivileged user (65532).
RUN mkdir -p /data && chown 65532:65532 /data

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /vigie /usr/local/bin/vigie
COPY --from=build --chown=65532:65532 /data /var/lib/vigie
ENV VIGIE_LISTEN=0.0.0.0:8080 \
    VIGIE_DATA_DIR=/var/lib/vigie \
    VIGIE_LOG_FORMAT=json
USER 65532:65532
EXPOSE 8080
VOLUME ["/var/lib/vigie"]
HEALTHCHECK --interval=10s --timeout=4s --start-period=60s --retries=3 CMD ["/usr/local/bin/vigie", "probe"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/vigie"]
CMD ["serve"]
