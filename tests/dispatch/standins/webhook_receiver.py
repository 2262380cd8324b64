#!/usr/bin/python3
"""A webhook receiver for the dispatch tests: checks X-Touchline-Signature (HMAC-SHA256 of the
body under --key), counts deliveries per item, and fails or stalls on demand.

Prints "PORT <n>". POST /_control/fail {"status": 500, "count": 1}, POST /_control/delay
{"ms": 3000, "count": 1}, GET /_control/stats {"received", "valid", "invalid", "by_item",
"first_at", "payloads"}.
"""
import argparse, socket, hashlib, hmac, json, threading, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

lock = threading.Lock()
state = {"fail": [], "delay": [], "received": 0, "valid": 0, "invalid": 0, "by_item": {},
         "first_at": {}, "payloads": []}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # Headers and body leave in two writes: without this, Nagle and delayed ACKs add 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with lock:
            out = dict(state)
            out.pop("fail"); out.pop("delay")
            if not ARGS.keep_payloads:
                out["payloads"] = []
        self.reply(200, out)

    def do_POST(self):
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        if self.path.startswith("/_control/"):
            data = json.loads(raw or b"{}")
            with lock:
                key = "fail" if self.path == "/_control/fail" else "delay"
                state[key] += [data["status" if key == "fail" else "ms"]] * data.get("count", 1)
            return self.reply(200, {"ok": True})
        now = time.time()
        want = "sha256=" + hmac.new(ARGS.key.encode(), raw, hashlib.sha256).hexdigest()
        good = hmac.compare_digest(want, self.headers.get("X-Touchline-Signature", ""))
        with lock:
            state["received"] += 1
            delay = state["delay"].pop(0) if state["delay"] else 0
            fail = state["fail"].pop(0) if state["fail"] else 0
            if not good:
                state["invalid"] += 1
            elif not fail:
                state["valid"] += 1
                item = json.loads(raw)["item"]
                state["by_item"][item] = state["by_item"].get(item, 0) + 1
                state["first_at"].setdefault(item, now)
                state["payloads"].append(json.loads(raw))
        if delay:
            time.sleep(delay / 1000.0)
        if not good:
            return self.reply(401, {"error": "bad signature"})
        if fail:
            return self.reply(fail, {"error": "failing on demand"})
        self.reply(202, {"accepted": True})


ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, default=0)
ap.add_argument("--key", required=True)
ap.add_argument("--keep-payloads", action="store_true")
ARGS = ap.parse_args()
server = ThreadingHTTPServer(("127.0.0.1", ARGS.port), Handler)
server.daemon_threads = True
server.request_queue_size = 128
print(f"PORT {server.server_address[1]}", flush=True)
server.serve_forever()
