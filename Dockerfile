# syntax=docker/dockerfile:1
#
# delegatebot's production image: a static binary on distroless, run as a
# non-root user. Build from the repository root:
#
#   docker build --build-arg VERSION=$(git describe --tags --always) -t delegatebot:latest .
#
# The image runs `delegatebot serve` on :8080. Distroless has no shell, so
# there is no HEALTHCHECK: orchestrators probe GET /healthz (liveness) and
# GET /readyz (readiness: Redis answers) instead; see docs/production.md.

ARG GO_VERSION=1.26

FROM golang:${GO_VERSION} AS build
WORKDIR /src
# Modules first, so that a code change does not download them again.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=devel
# CGO off: a static binary for a distroless base. timetzdata embeds the
# time-zone database, so DELEGATEBOT_TZ and users' zones work on any base.
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=linux go build -trimpath -tags timetzdata \
      -ldflags "-s -w -X main.buildVersion=${VERSION}" \
      -o /out/delegatebot ./cmd/delegatebot

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/delegatebot /delegatebot
# nonroot is uid/gid 65532 in distroless; the Kubernetes manifests use the
# same numbers.
USER 65532:65532
ENV DELEGATEBOT_ADDR=:8080
EXPOSE 8080
ENTRYPOINT ["/delegatebot", "serve"]
