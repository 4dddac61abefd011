#!/usr/bin/env python3
"""Prints an nginx config serving WORK/corpus/www on 127.0.0.1:PORT (ETag and Last-Modified on;
any If-Modified-Since at or after the file's time answers 304; no charset is added to a type).
Usage: nginx_conf.py WORK PORT [ROOT]   (ROOT defaults to WORK/corpus/www)"""
import os
import sys

work, port = sys.argv[1], sys.argv[2]
root = sys.argv[3] if len(sys.argv) > 3 else f"{work}/corpus/www"
user = "user root;" if os.geteuid() == 0 else ""
print(f"""{user}
worker_processes 2;
daemon on;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  sendfile on;
  etag on;
  if_modified_since before;
  keepalive_requests 1000000;
  types {{ application/xml xml rdf; application/atom+xml atom; application/feed+json json; text/html html;
          text/plain txt; }}
  client_body_temp_path {work}/tmp; proxy_temp_path {work}/tmp; fastcgi_temp_path {work}/tmp;
  uwsgi_temp_path {work}/tmp; scgi_temp_path {work}/tmp;
  server {{
    listen 127.0.0.1:{port} backlog=4096;
    root {root};
  }}
}}""")
