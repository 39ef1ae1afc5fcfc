# grantbot: the Telegram bot (polling by default, webhook with WEBHOOK_URL).
#   docker build -t grantbot .
#   docker run --env-file .env -v grantbot-data:/data grantbot
FROM python:3.11-slim-bookworm

# tesseract with Polish data reads scans and photos of invoices; fonts are not needed at run time.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-pol \
    && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATA_DIR=/data

WORKDIR /app
# The package list lives once, in pyproject.toml; .dockerignore keeps tests, docs and caches out.
COPY . .
RUN pip install --no-cache-dir .

# Never run as root: the bot handles files from strangers.
RUN useradd --system --create-home --uid 10001 grantbot \
    && mkdir -p /data && chown grantbot:grantbot /data
USER grantbot
VOLUME ["/data"]
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD python -c "import os,sys,urllib.request; u=os.environ.get('WEBHOOK_URL'); sys.exit(0) if not u else urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('WEBHOOK_PORT','8080'), timeout=3)"

# SIGTERM lets running jobs finish (up to 25 s) before the process exits.
STOPSIGNAL SIGTERM
CMD ["grantbot", "run"]
