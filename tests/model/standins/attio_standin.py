#!/usr/bin/python3
"""An Attio REST API v2 stand-in for the CRM sync tests: people records query (filter on one
timestamp attribute with $gt, sorts, limit/offset), company records by id, notes; Bearer auth,
and failures on demand (a 429 with an HTTP-date Retry-After, as Attio sends it).

Prints "PORT <n>" once listening. Control endpoints (JSON bodies):
  POST /_control/people    {"people": [{"id", "first", "last", "email", "phone", "title",
                            "linkedin", "time_zone", "company_id", "updated"}],
                            "companies": [{"id", "name"}]}   upserted by id
  POST /_control/fail      {"status": 429, "count": 1, "retry_after_s": 1}  the next API calls
  POST /_control/after_query {"query": 1, "people": [...]}  upserted once query n is answered
                            (someone editing in Attio while a sync pages)
  POST /_control/reset     forget people, notes, failures and counters
  GET  /_control/stats     {"queries": [bodies], "notes": [bodies], "answered": {status: n}}
"""
import argparse, email.utils, json, socket, threading, time, urllib.parse, uuid
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

WORKSPACE = "14beef7a-99f7-4534-a87e-70b564330a4c"
PEOPLE_OBJECT = "97052eb9-e65e-443f-a297-f2d9a4a7f795"
lock = threading.Lock()
state = {}


def reset():
    state.update(people={}, companies={}, notes=[], queries=[], fail=[], answered={},
                 after_query=[])


def value(attribute_type, active_from, **fields):
    return dict(active_from=active_from, active_until=None,
                created_by_actor={"type": "system", "id": None},
                attribute_type=attribute_type, **fields)


def person_record(p):
    """The record as Attio returns it: every attribute an array of values with history fields."""
    t = p.get("updated", "2026-01-01T00:00:00.000000000Z")
    v = {"created_at": [value("timestamp", t, value=p.get("created", t))],
         "updated_at": [value("timestamp", t, value=t)],
         "record_id": [value("text", t, value=p["id"])]}
    if p.get("first") or p.get("last"):
        full = " ".join(x for x in (p.get("first"), p.get("last")) if x)
        v["name"] = [value("personal-name", t, first_name=p.get("first", ""),
                           last_name=p.get("last", ""), full_name=full)]
    if p.get("email"):
        local, _, domain = p["email"].partition("@")
        # An older address, no longer active, comes first: the sync must take the current one.
        v["email_addresses"] = [
            dict(value("email-address", "2020-01-01T00:00:00.000000000Z",
                       original_email_address="old@" + (domain or "example.com"),
                       email_address="old@" + (domain or "example.com")),
                 active_until="2021-01-01T00:00:00.000000000Z"),
            value("email-address", t, original_email_address=p["email"],
                  email_address=p["email"], email_domain=domain, email_root_domain=domain,
                  email_local_specifier=local)]
    if p.get("phone"):
        v["phone_numbers"] = [value("phone-number", t, original_phone_number=p["phone"],
                                    country_code="DE")]
    for key, slug in (("title", "job_title"), ("linkedin", "linkedin"),
                      ("time_zone", "time_zone")):
        if p.get(key):
            v[slug] = [value("text", t, value=p[key])]
    if p.get("company_id"):
        v["company"] = [value("record-reference", t, target_object="companies",
                              target_record_id=p["company_id"])]
    return {"id": {"workspace_id": WORKSPACE, "object_id": PEOPLE_OBJECT, "record_id": p["id"]},
            "created_at": p.get("created", t),
            "web_url": "https://app.attio.com/standin/person/" + p["id"], "values": v}


def attribute_value(record, slug):
    values = record["values"].get(slug) or []
    return values[0].get("value") if values else record.get(slug)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
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
        if not self.path.startswith("/_control"):
            with lock:
                state["answered"][str(status)] = state["answered"].get(str(status), 0) + 1

    def error(self, status, type_, code, message, headers=None):
        self.reply(status, {"status_code": status, "type": type_, "code": code,
                            "message": message}, headers)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(n) or b"{}")

    def refused(self):
        """Answers what the API would refuse (auth, injected failures); True when it did."""
        if self.headers.get("Authorization") != "Bearer " + ARGS.key:
            self.error(401, "auth_error", "unauthorized", "Authentication failed.")
            return True
        with lock:
            fail = state["fail"].pop(0) if state["fail"] else None
        if fail is None:
            return False
        headers = {}
        if fail["status"] == 429:
            at = time.time() + fail.get("retry_after_s", 1)
            headers["Retry-After"] = email.utils.formatdate(at, usegmt=True)
            self.error(429, "rate_limit_error", "rate_limit_exceeded",
                       "Rate limit exceeded, please try again later", headers)
        else:
            self.error(fail["status"], "api_error", "injected", "Injected failure.")
        return True

    def do_GET(self):
        path = urllib.parse.urlparse(self.path).path
        if path == "/_control/stats":
            with lock:
                return self.reply(200, {k: state[k] for k in ("queries", "notes", "answered")})
        parts = path.strip("/").split("/")
        if parts[:4] == ["v2", "objects", "companies", "records"] and len(parts) == 5:
            if self.refused():
                return
            with lock:
                company = state["companies"].get(parts[4])
            if company is None:
                return self.error(404, "invalid_request_error", "not_found",
                                  "Record not found.")
            t = "2025-01-01T00:00:00.000000000Z"
            return self.reply(200, {"data": {
                "id": {"workspace_id": WORKSPACE, "object_id": "companies",
                       "record_id": company["id"]},
                "created_at": t, "values": {"name": [value("text", t, value=company["name"])]}}})
        self.error(404, "invalid_request_error", "not_found", "No such route.")

    def do_POST(self):
        path = urllib.parse.urlparse(self.path).path
        if path.startswith("/_control/"):
            return self.control(path, self.body())
        if path == "/v2/objects/people/records/query":
            body = self.body()
            if self.refused():
                return
            with lock:
                state["queries"].append(body)
            return self.query(body)
        if path == "/v2/notes":
            body = self.body()
            if self.refused():
                return
            return self.note(body)
        self.error(404, "invalid_request_error", "not_found", "No such route.")

    def control(self, path, body):
        with lock:
            if path == "/_control/people":
                for p in body.get("people", []):
                    state["people"][p["id"]] = p
                for c in body.get("companies", []):
                    state["companies"][c["id"]] = c
            elif path == "/_control/fail":
                state["fail"].extend([body] * body.get("count", 1))
            elif path == "/_control/after_query":
                state["after_query"].append(body)
            elif path == "/_control/reset":
                reset()
        self.reply(200, {"ok": True})

    def query(self, body):
        with lock:
            records = [person_record(p) for p in state["people"].values()]
        tests = {"$gt": lambda a, b: a > b, "$gte": lambda a, b: a >= b}
        for slug, condition in (body.get("filter") or {}).items():
            if not isinstance(condition, dict) or len(condition) != 1 or \
                    next(iter(condition)) not in tests:
                return self.error(400, "invalid_request_error", "filter_error",
                                  "Error in filter.")
            (op, bound), = condition.items()
            # A record without a value matches no comparison. Fixed-width UTC text orders as time.
            records = [r for r in records
                       if attribute_value(r, slug) is not None
                       and tests[op](attribute_value(r, slug), bound)]
        for sort in reversed(body.get("sorts") or []):
            records.sort(key=lambda r: attribute_value(r, sort["attribute"]) or "",
                         reverse=sort.get("direction") == "desc")
        offset, limit = int(body.get("offset", 0)), int(body.get("limit", 500))
        with lock:
            answered = len(state["queries"])
            for edit in [e for e in state["after_query"] if e["query"] == answered]:
                for p in edit["people"]:
                    state["people"][p["id"]] = p
        self.reply(200, {"data": records[offset:offset + limit]})

    def note(self, body):
        data = body.get("data") or {}
        missing = [k for k in ("parent_object", "parent_record_id", "title", "format", "content")
                   if not isinstance(data.get(k), str)]
        if missing or data["format"] not in ("plaintext", "markdown"):
            return self.error(400, "invalid_request_error", "validation_type",
                              "Body payload validation error: " + ", ".join(missing))
        with lock:
            if data["parent_object"] != "people" or data["parent_record_id"] not in state["people"]:
                return self.error(404, "invalid_request_error", "not_found",
                                  "Parent record not found.")
            note_id = str(uuid.uuid4())
            state["notes"].append(dict(data, note_id=note_id))
        self.reply(200, {"data": {"id": {"workspace_id": WORKSPACE, "note_id": note_id},
                                  "parent_object": "people",
                                  "parent_record_id": data["parent_record_id"],
                                  "title": data["title"], "content_plaintext": data["content"],
                                  "created_at": time.strftime("%Y-%m-%dT%H:%M:%S.000000000Z",
                                                              time.gmtime())}})


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--key", required=True)
    ARGS = parser.parse_args()
    reset()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print("PORT", server.server_address[1], flush=True)
    server.serve_forever()
