#!/usr/bin/python3
"""A Twilio-compatible stand-in for the dispatch tests: Messages.json and Calls.json, resources
that answer by polling, Idempotency-Key dedupe, and failures on demand.

Prints "PORT <n>" once listening. Control endpoints (JSON bodies):
  POST /_control/numbers {"+15550001": {"status": "busy", "answered_by": "", "digits": "",
                           "error_code": 0, "create_error": 21211, "polls_before_final": 0}}
  POST /_control/fail    {"status": 429, "count": 1}    the next creates answer this status
  POST /_control/delay   {"ms": 3000, "count": 1}       record, then wait before answering
  GET  /_control/stats   {"requests", "creates", "replays", "by_to", "by_key", "resources"}
  POST /2010-04-01/Accounts/{sid}/Calls/{id}.json  Twiml=…: redirects a call whose scenario
                         status is "in-progress" (kept in the resource's "redirects"); any other
                         call answers 400, code 21220, as Twilio does for a call that ended.

A finished call shows the scenario's "digits" (the IVR key press) on the call resource, the
way a provider that reports it by polling does. Twilio itself does not: it posts Digits only
to the <Gather>'s action URL. Touchline polls only, so this field is the one way the key
press reaches it (see model/dispatch/twilioadapter.h).
"""
import argparse, socket, base64, json, threading, time, urllib.parse, uuid
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

lock = threading.Lock()
state = {"numbers": {}, "fail": [], "delay": [], "resources": {}, "by_key": {},
         "requests": 0, "creates": 0, "replays": 0, "by_to": {}, "polls": {}}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # Headers and body leave in two writes: without this, Nagle and delayed ACKs add 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def authorised(self, sid):
        auth = self.headers.get("Authorization", "")
        want = "Basic " + base64.b64encode(f"{sid}:{ARGS.token}".encode()).decode()
        return auth == want

    def do_GET(self):
        path = urllib.parse.urlparse(self.path).path
        if path == "/_control/stats":
            with lock:
                out = {k: state[k] for k in ("requests", "creates", "replays", "by_to", "by_key")}
                out["resources"] = list(state["resources"].values())
            return self.reply(200, out)
        parts = path.strip("/").split("/")
        # /2010-04-01/Accounts/{sid}/(Messages|Calls)/{id}.json
        if len(parts) == 5 and parts[1] == "Accounts":
            if not self.authorised(parts[2]):
                return self.reply(401, {"code": 20003, "message": "Authenticate"})
            rid = parts[4][:-5]
            with lock:
                res = state["resources"].get(rid)
                if res is None:
                    return self.reply(404, {"code": 20404, "message": "not found"})
                seen = state["polls"].get(rid, 0)
                state["polls"][rid] = seen + 1
                scenario = state["numbers"].get(res["to"], {})
                if seen < scenario.get("polls_before_final", 0):
                    shown = dict(res, status="ringing" if res["kind"] == "call" else "sent")
                else:
                    shown = dict(res)
                    if res["kind"] == "call":
                        shown["status"] = scenario.get("status", "completed")
                        shown["answered_by"] = scenario.get("answered_by",
                                                            "human" if shown["status"] == "completed" else None)
                        if scenario.get("digits"):
                            shown["digits"] = scenario["digits"]
                        if scenario.get("error_code"):
                            shown["error_code"] = scenario["error_code"]
                    else:
                        shown["status"] = scenario.get("status", "delivered")
            return self.reply(200, shown)
        self.reply(404, {"message": "no such path"})

    def do_POST(self):
        path = urllib.parse.urlparse(self.path).path
        raw = self.body()
        if path.startswith("/_control/"):
            data = json.loads(raw or b"{}")
            with lock:
                if path == "/_control/numbers":
                    state["numbers"].update(data)
                elif path == "/_control/fail":
                    state["fail"] += [data["status"]] * data.get("count", 1)
                elif path == "/_control/delay":
                    state["delay"] += [data["ms"]] * data.get("count", 1)
            return self.reply(200, {"ok": True})
        parts = path.strip("/").split("/")
        # /2010-04-01/Accounts/{sid}/Calls/{id}.json: new TwiML for a live call (a redirect)
        if len(parts) == 5 and parts[1] == "Accounts" and parts[3] == "Calls":
            if not self.authorised(parts[2]):
                return self.reply(401, {"code": 20003, "message": "Authenticate"})
            form = {k: v[0] for k, v in urllib.parse.parse_qs(raw.decode(), keep_blank_values=True).items()}
            with lock:
                res = state["resources"].get(parts[4][:-5])
                if res is None:
                    return self.reply(404, {"code": 20404, "message": "not found"})
                scenario = state["numbers"].get(res["to"], {})
                if scenario.get("status", "completed") != "in-progress":
                    return self.reply(400, {"code": 21220, "message": "Call is not in-progress. Cannot redirect."})
                res.setdefault("redirects", []).append(form.get("Twiml") or form.get("Url"))
                shown = dict(res, status="in-progress")
            return self.reply(200, {k: v for k, v in shown.items() if k not in ("kind",)})
        if len(parts) != 4 or parts[1] != "Accounts" or parts[3] not in ("Messages.json", "Calls.json"):
            return self.reply(404, {"message": "no such path"})
        if not self.authorised(parts[2]):
            return self.reply(401, {"code": 20003, "message": "Authenticate"})
        form = {k: v[0] for k, v in urllib.parse.parse_qs(raw.decode(), keep_blank_values=True).items()}
        kind = "message" if parts[3] == "Messages.json" else "call"
        to = form.get("To", "")
        key = self.headers.get("Idempotency-Key", "")
        with lock:
            state["requests"] += 1
            state["by_to"][to] = state["by_to"].get(to, 0) + 1
            delay = state["delay"].pop(0) if state["delay"] else 0
            fail = state["fail"].pop(0) if state["fail"] else 0
            scenario = state["numbers"].get(to, {})
            replay = key and key in state["by_key"] and not fail
            if replay:
                state["replays"] += 1
                res = state["resources"][state["by_key"][key]]
            elif not fail and not scenario.get("create_error"):
                rid = ("SM" if kind == "message" else "CA") + uuid.uuid4().hex
                res = {"sid": rid, "kind": kind, "to": to, "from": form.get("From"),
                       "body": form.get("Body"), "twiml": form.get("Twiml"),
                       "machine_detection": form.get("MachineDetection"),
                       "idempotency_key": key, "status": "queued", "received_at": time.time()}
                state["resources"][rid] = res
                state["creates"] += 1
                if key:
                    state["by_key"][key] = rid
        if delay:
            time.sleep(delay / 1000.0)
        if fail:
            return self.reply(fail, {"code": 20429 if fail == 429 else 20500,
                                     "message": "Too Many Requests" if fail == 429 else "Internal error"},
                              {"Retry-After": "1"} if fail == 429 else None)
        if scenario.get("create_error") and not replay:
            return self.reply(400, {"code": scenario["create_error"],
                                    "message": f"The 'To' number {to} is not a valid phone number."})
        self.reply(201, {k: v for k, v in res.items() if k not in ("kind",)})


ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, default=0)
ap.add_argument("--token", default="token")
ARGS = ap.parse_args()
server = ThreadingHTTPServer(("127.0.0.1", ARGS.port), Handler)
server.daemon_threads = True
print(f"PORT {server.server_address[1]}", flush=True)
server.serve_forever()
