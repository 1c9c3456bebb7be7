#!/usr/bin/python3
"""A local stand-in for a Slack or Discord webhook: prints the port it listens on, then appends
each POST it receives to a JSON-lines file as {"path", "content_type", "body"}.

Usage: webhook_listener.py OUTPUT_FILE [STATUS]   (STATUS: the HTTP status to answer, default 200)
"""
import http.server
import json
import sys

output, status = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(output, "a") as f:
            f.write(json.dumps({"path": self.path, "content_type": self.headers.get("Content-Type"),
                                "body": body.decode("utf-8")}) + "\n")
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
