#!/usr/bin/env python3
"""A static file server on 127.0.0.1 for the local figures: threaded, with a listen backlog large
enough for 64 parallel connects (http.server's default of 5 drops connections under load).
Usage: serve.py DIR PORT"""
import functools
import http.server
import sys


class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 1024
    daemon_threads = True


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


folder, port = sys.argv[1], int(sys.argv[2])
Server(("127.0.0.1", port), functools.partial(Handler, directory=folder)).serve_forever()
