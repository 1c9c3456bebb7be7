#!/usr/bin/python3
"""Validates the sandbox's answers against Cloudinary's own OpenAPI description.

Usage: sandbox_schema_test.py SANDBOX_BINARY SCHEMA_YAML
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import base64
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request

import jsonschema
import yaml

sandbox_binary, schema_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    document = yaml.safe_load(f)
resolver = jsonschema.RefResolver.from_schema(document)


def validator(name):
    return jsonschema.Draft202012Validator({"$ref": f"#/components/schemas/{name}"}, resolver=resolver)


process = subprocess.Popen([sandbox_binary, "--generate", "600", "--port", "0", "--rate-limit", "12"],
                           stdout=subprocess.PIPE, text=True)
port = int(re.search(r"listening on http://127.0.0.1:(\d+)", process.stdout.readline()).group(1))
base = f"http://127.0.0.1:{port}/v1_1/demo"
auth = "Basic " + base64.b64encode(b"demo-key:demo-secret").decode()
passed, failed = 0, 0


def call(path, method="GET", body=None, authorization=auth):
    request = urllib.request.Request(base + path, method=method, data=body)
    if authorization:
        request.add_header("Authorization", authorization)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read())


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"PASS   : {name}")
    else:
        failed += 1
        print(f"FAIL!  : {name} {detail}")


def validate(name, schema, answer):
    errors = sorted(validator(schema).iter_errors(answer), key=lambda e: list(e.path))
    check(name, not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))


try:
    for rtype in ("image", "video", "raw"):
        status, headers, page = call(f"/resources/{rtype}/upload?max_results=3")
        check(f"list {rtype}: 200", status == 200, str(status))
        validate(f"list {rtype}: list_response", "list_response", page)
        check(f"list {rtype}: rate-limit headers", all(h in headers for h in (
            "X-FeatureRateLimit-Limit", "X-FeatureRateLimit-Remaining", "X-FeatureRateLimit-Reset")), str(headers))
    status, _, page = call("/resources/image/upload?max_results=500&direction=asc")
    created = [r["created_at"] for r in page["resources"]]
    check("list: direction=asc sorts oldest first", created == sorted(created))
    status, _, answer = call("/resources/search", "POST",
                             json.dumps({"expression": "resource_type:video AND created_at>2000-01-01T00:00:00Z", "max_results": 5}).encode())
    validate("search: search_response", "search_response", answer)
    check("search: only videos", all(r["resource_type"] == "video" for r in answer["resources"]))
    status, _, answer = call("/usage")
    validate("usage: usage_response", "usage_response", answer)
    status, _, answer = call("/resources/image/upload", authorization="Basic " + base64.b64encode(b"demo-key:wrong").decode())
    check("wrong secret: 401", status == 401, str(status))
    validate("wrong secret: api_error", "api_error", answer)
    status, _, answer = call("/resources/image/upload?public_ids[]=nope&public_ids[]=also_nope", "DELETE")
    check("delete: not_found answers", status == 200 and answer.get("deleted") == {"nope": "not_found", "also_nope": "not_found"}, str(answer))
    too_many = "&".join(f"public_ids[]=x{i}" for i in range(101))
    status, _, answer = call(f"/resources/image/upload?{too_many}", "DELETE")
    check("delete: more than 100 ids refused", status == 400, str(status))
    for _ in range(6):
        status, headers, answer = call("/resources/image/upload?max_results=1")
    check("spent budget: 420", status == 420, str(status))
    validate("spent budget: api_error", "api_error", answer)
    check("spent budget: message", answer["error"]["message"].startswith("Rate Limit Exceeded. Limit of 12 api operations reached."))
finally:
    process.kill()

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
