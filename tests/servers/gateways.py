#!/usr/bin/env python3
"""Independent test server for the Cryptofuse and CryptoPayment gateway APIs.

Written only from the gateways' public API documents (Cryptofuse's endpoint
reference, integration guide and error codes; CryptoPayment's API page), never from the app's own
clients or simulator, so that a misreading of the documents shared by the app
and its simulator shows up as a failing end-to-end test.

    python3 tests/servers/gateways.py --protocol cryptofuse|cryptopayment --port 0

Prints exactly one line, "listening http://127.0.0.1:PORT", then serves until
killed. Stdlib only (Python 3.11). See README.md next to this file for the
control endpoints and the list of ambiguities in the documents.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import secrets
import socket
import sys
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal, InvalidOperation
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote_plus, urlsplit

Q8 = Decimal("0.00000001")
MAX_BODY = 1 << 20

# ---------------------------------------------------------------------------
# JSON output that keeps Decimals exact
# ---------------------------------------------------------------------------


def encode(o) -> str:
    """Serialise to JSON; a Decimal becomes a raw JSON number from its own text."""
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, Decimal):
        if not o.is_finite():
            raise ValueError("non-finite decimal")
        return format(o, "f")
    if isinstance(o, int):
        return str(o)
    if isinstance(o, float):
        raise TypeError("floats are not allowed in responses; use Decimal")
    if isinstance(o, str):
        return json.dumps(o)
    if isinstance(o, dict):
        return "{" + ", ".join(json.dumps(str(k)) + ": " + encode(v) for k, v in o.items()) + "}"
    if isinstance(o, (list, tuple)):
        return "[" + ", ".join(encode(v) for v in o) + "]"
    raise TypeError(f"cannot encode {type(o).__name__}")


def _reject_constant(name):
    raise ValueError(f"{name} is not a valid amount")


def parse_json(raw: bytes):
    """Parse request JSON with every non-integer number as a Decimal."""
    return json.loads(raw.decode("utf-8"), parse_float=Decimal, parse_constant=_reject_constant)


def q8(d: Decimal) -> str:
    """Cryptofuse amount string: 8 decimal places, as in "1000.00000000"."""
    return format(d.quantize(Q8, rounding=ROUND_HALF_UP), "f")


class BadAmount(Exception):
    pass


def to_amount(v) -> Decimal:
    """A JSON number (int or Decimal) or numeric string -> finite Decimal with <= 8 decimals."""
    if isinstance(v, bool) or v is None:
        raise BadAmount("must be a number")
    if isinstance(v, Decimal):
        d = v
    elif isinstance(v, int):
        d = Decimal(v)
    elif isinstance(v, str):
        try:
            d = Decimal(v.strip())
        except InvalidOperation:
            raise BadAmount("must be a number") from None
    else:
        raise BadAmount("must be a number")
    if not d.is_finite():
        raise BadAmount("must be a finite number")
    if d != 0 and d.normalize().as_tuple().exponent < -8:
        raise BadAmount("must have at most 8 decimal places")
    return d


# ---------------------------------------------------------------------------
# Address checks (the brief's rule: non-empty and right prefix for the network)
# ---------------------------------------------------------------------------

EVM_RE = re.compile(r"^0x[0-9a-fA-F]{40}$")


def address_ok(family: str, addr) -> bool:
    if not isinstance(addr, str) or addr == "":
        return False
    if family == "btc":
        return addr.startswith(("bc1", "1", "3"))
    if family == "tron":
        return addr.startswith("T")
    if family == "evm":
        return bool(EVM_RE.match(addr))
    if family == "ltc":
        # LTC is only in CryptoPayment's fee table; the brief gives no rule: L/M/ltc1 (legacy, P2SH, bech32).
        return addr.startswith(("L", "M", "ltc1"))
    return False


FAMILY_LABEL = {
    "btc": "a BTC address (bc1..., 1... or 3...)",
    "tron": "a TRON address (T...)",
    "evm": "an EVM address (0x + 40 hex digits)",
    "ltc": "an LTC address (L..., M... or ltc1...)",
}

# USD prices used where a document needs a USD value but gives no rate
# (CryptoPayment's "$500" rule, Cryptofuse's price_amount option). Fixed so tests are deterministic.
DEFAULT_USD = {"BTC": Decimal("60000"), "ETH": Decimal("3000"), "LTC": Decimal("80"), "USDT": Decimal("1")}


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


# ---------------------------------------------------------------------------
# Protocol tables
# ---------------------------------------------------------------------------

# Cryptofuse. Currency codes from doc 004 (/currencies/ lists USDTTRC20, USDTARB, BTC, ETH).
# Withdrawal minimums: the documents give none for withdrawals (only the deposit example
# min_amount "10.00000000" for USDTTRC20), so the brief's defaults are used: 0.0005 BTC, 10 USDT, 0.01 ETH.
# Network fees: only USDTTRC20's 0.5 is shown (estimate example); the others are invented.
# Platform fee: 1% (estimate example: platform_fee 1.00 on 100; /user/me transaction_fee 1.0).
CF_CURRENCIES = {
    "BTC": {"blockchain": "BTC", "token": "BTC", "family": "btc", "usd": "BTC",
            "min": Decimal("0.0005"), "max": Decimal("10.0"), "network_fee": Decimal("0.0001")},
    "ETH": {"blockchain": "ETH", "token": "ETH", "family": "evm", "usd": "ETH",
            "min": Decimal("0.01"), "max": Decimal("100.0"), "network_fee": Decimal("0.002")},
    "USDTTRC20": {"blockchain": "TRX", "token": "USDT", "family": "tron", "usd": "USDT",
                  "min": Decimal("10.0"), "max": Decimal("100000.0"), "network_fee": Decimal("0.5")},
    "USDTARB": {"blockchain": "ARB", "token": "USDT", "family": "evm", "usd": "USDT",
                "min": Decimal("10.0"), "max": Decimal("100000.0"), "network_fee": Decimal("0.5")},
}
CF_PLATFORM_FEE = Decimal("0.01")
CF_START = {"BTC": Decimal("0.05"), "USDTTRC20": Decimal("1200.00"), "ETH": Decimal("1.5")}
# Withdrawal statuses are not documented for Cryptofuse; the payment status words of doc 001
# ("pending", "confirming", "completed", "expired", "failed") are reused: pending -> confirming -> completed.
CF_CHAIN = ["pending", "confirming", "completed"]
CF_TOKEN_TTL = 36000  # "expires_in": 36000 in doc 000
CF_BLOCKCHAIN_FAMILY = {"BTC": "btc", "TRX": "tron", "TRON": "tron", "ETH": "evm", "ARB": "evm",
                        "BSC": "evm", "EVM": "evm", "ERC20": "evm", "BEP20": "evm", "TRC20": "tron"}

# CryptoPayment: the fee table of doc 002 ("Coin | Minimum | Network Fee").
CP_COINS = {
    "BTC": {"min": Decimal("0.0005"), "fee": Decimal("0.00005"), "family": "btc", "usd": "BTC"},
    "LTC": {"min": Decimal("0.01"), "fee": Decimal("0.001"), "family": "ltc", "usd": "LTC"},
    "ETH": {"min": Decimal("0.005"), "fee": Decimal("0.001"), "family": "evm", "usd": "ETH"},
    "USDT-TRC20": {"min": Decimal("5"), "fee": Decimal("1"), "family": "tron", "usd": "USDT"},
    "USDT-BEP20": {"min": Decimal("5"), "fee": Decimal("0.5"), "family": "evm", "usd": "USDT"},
}
CP_START = {"BTC": Decimal("0.05"), "USDT-TRC20": Decimal("1200.00"), "ETH": Decimal("1.5")}
CP_REVIEW_OVER_USD = Decimal("500")
# Withdrawal statuses are not documented for CryptoPayment at all; chosen:
# normal: pending -> completed;  over $500: pending_review -> pending -> completed.
CP_CHAIN = ["pending", "completed"]
CP_REVIEW_CHAIN = ["pending_review", "pending", "completed"]


# ---------------------------------------------------------------------------
# State
# ---------------------------------------------------------------------------


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.RLock()
        self.reset()

    def reset(self):
        with self.lock:
            start = CF_START if self.args.protocol == "cryptofuse" else CP_START
            self.balances = dict(start)
            self.sub_balances = dict(self.args.sub_balance)
            self.withdrawals: list[dict] = []
            self.creates = 0
            self.requests: list[dict] = []
            self.drop_next = False
            self.tokens: dict[str, dict] = {}
            self.seq = 0

    def advance(self) -> int:
        with self.lock:
            n = 0
            for w in self.withdrawals:
                if w["step"] < len(w["chain"]) - 1:
                    w["step"] += 1
                    w["updated_at"] = now_utc()
                    if w["step"] == len(w["chain"]) - 1:
                        w["txid"] = ("0x" if w["family"] in ("evm",) else "") + secrets.token_hex(32)
                    n += 1
            return n


# ---------------------------------------------------------------------------
# HTTP plumbing
# ---------------------------------------------------------------------------


class ApiError(Exception):
    def __init__(self, status: int, body, headers=None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


class Drop(Exception):
    """Close the connection without writing any response."""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "gateway-test-server/1"
    state: State = None  # set in main

    def log_message(self, fmt, *args):
        if self.state.args.verbose:
            sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_PATCH(self):
        self.dispatch("PATCH")

    def do_DELETE(self):
        self.dispatch("DELETE")

    # -- body / response helpers --------------------------------------------

    def read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            out = b""
            while True:
                line = self.rfile.readline(1024).strip()
                size = int(line.split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline(1024).strip():
                        pass
                    return out
                out += self.rfile.read(size)
                self.rfile.readline(8)
                if len(out) > MAX_BODY:
                    raise ApiError(413, self.proto.err(413, "invalid_request", "Request body too large."))
        n = int(self.headers.get("Content-Length") or 0)
        if n > MAX_BODY:
            raise ApiError(413, self.proto.err(413, "invalid_request", "Request body too large."))
        return self.rfile.read(n) if n else b""

    def send_json(self, status: int, body, headers=None):
        data = encode(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def drop_connection(self):
        self.close_connection = True
        try:
            self.wfile.flush()
        except OSError:
            pass
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # -- dispatch -------------------------------------------------------------

    def dispatch(self, method: str):
        st = self.state
        url = urlsplit(self.path)
        path, query = url.path, parse_qs(url.query, keep_blank_values=True)
        self.proto = CRYPTOFUSE if st.args.protocol == "cryptofuse" else CRYPTOPAYMENT
        try:
            body = self.read_body()
            if path.startswith("/_control/"):
                status, resp = control(st, method, path)
                self.send_json(status, resp)
                return
            with st.lock:
                st.requests.append({"method": method, "path": path, "query": url.query})
            status, resp, headers = self.proto.handle(self, st, method, path, query, body)
            self.send_json(status, resp, headers)
        except Drop:
            self.drop_connection()
        except ApiError as e:
            self.send_json(e.status, e.body, e.headers)
        except Exception as e:  # never hang a test on a server bug
            sys.stderr.write(f"internal error: {e!r}\n")
            self.send_json(500, self.proto.err(500, "server_error", f"internal test-server error: {e}"))


def route(routes, method, path):
    """routes: list of (method, regex, fn). Returns (fn, match) or raises 404/405 marker."""
    allowed = []
    for m, rx, fn in routes:
        mt = rx.fullmatch(path)
        if mt:
            if m == method:
                return fn, mt
            allowed.append(m)
    return None, allowed


def json_body(proto, handler, raw: bytes) -> dict:
    ctype = (handler.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise ApiError(400, proto.err(400, "invalid_request", "Content-Type must be application/json."))
    try:
        obj = parse_json(raw) if raw else None
    except (ValueError, UnicodeDecodeError) as e:
        raise ApiError(400, proto.err(400, "invalid_request", f"Malformed JSON body: {e}")) from None
    if not isinstance(obj, dict):
        raise ApiError(400, proto.err(400, "invalid_request", "Request body must be a JSON object."))
    return obj


# ---------------------------------------------------------------------------
# Cryptofuse
# ---------------------------------------------------------------------------


class Withdrawals:
    """What both protocols share: a create that /_control/drop-next-withdrawal
    can carry out and then leave unanswered."""

    def create(self, h, st, mt, query, raw):
        with st.lock:
            drop, st.drop_next = st.drop_next, False
        try:
            status, resp = self._create(h, st, raw, drop)
        except ApiError:
            if drop:
                raise Drop() from None
            raise
        if drop:
            raise Drop()
        return status, resp, None


class Cryptofuse(Withdrawals):
    # Error body: doc 001 gives (HTTP status, error code, description) but no body layout;
    # chosen: {"error": <code>, "message": <text>}.
    @staticmethod
    def err(status, code, message):
        return {"error": code, "message": message}

    def bad(self, message, status=400, code="invalid_request"):
        return ApiError(status, self.err(status, code, message))

    def __init__(self):
        R = re.compile
        self.routes = [
            ("POST", R(r"/o/token/"), self.token),
            ("GET", R(r"/user/balances/"), self.balances),
            ("POST", R(r"/withdrawal/validate-address/"), self.validate_address),
            ("POST", R(r"/withdrawal/fee-estimate/"), self.fee_estimate),
            ("POST", R(r"/withdrawal/estimate/"), self.estimate),
            ("POST", R(r"/withdrawal/min-amount/"), self.min_amount),
            ("POST", R(r"/withdrawal/status/"), self.status),
            ("POST", R(r"/withdrawal/"), self.create),
            ("GET", R(r"/withdrawal/"), self.list),
            ("GET", R(r"/withdrawal/(?!validate-address/|fee-estimate/|estimate/|min-amount/|status/)([^/]+)/"),
             self.detail),
        ]

    def handle(self, h, st, method, path, query, raw):
        fn, mt = route(self.routes, method, path)
        if fn is None:
            if mt:
                raise ApiError(405, self.err(405, "method_not_allowed", f"Method {method} not allowed."),
                               {"Allow": ", ".join(mt)})
            raise self.bad(f"No endpoint at {path} (note: paths end with '/').", 404, "not_found")
        if fn == self.create:
            with st.lock:
                st.creates += 1  # counts every create received, even unauthenticated ones
        if fn != self.token:
            self.authenticate(h, st)
        return fn(h, st, mt, query, raw)

    # -- auth -------------------------------------------------------------------

    def authenticate(self, h, st):
        auth = h.headers.get("Authorization") or ""
        scheme, _, tok = auth.partition(" ")
        info = None
        if scheme.lower() == "bearer" and tok.strip():
            with st.lock:
                info = st.tokens.get(tok.strip())
        if info is None or info["expires"] <= time.time():
            raise ApiError(401, self.err(401, "unauthorized",
                                         "Authentication failed. Check your API key or OAuth 2.0 access token."),
                           {"WWW-Authenticate": 'Bearer realm="api"'})
        # Every endpoint served here is documented with "Scopes: read, write".
        if not {"read", "write"} <= info["scope"]:
            raise ApiError(403, self.err(403, "forbidden", "Token lacks the read and write scopes."))

    def token(self, h, st, mt, query, raw):
        # Token errors: not documented; RFC 6749 section 5.2 shape {"error": ..., "error_description": ...}.
        def oerr(status, code, desc, headers=None):
            return ApiError(status, {"error": code, "error_description": desc}, headers)

        ctype = (h.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            raise oerr(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded.")
        form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True).items()}
        cid, csec = form.get("client_id"), form.get("client_secret")
        auth = h.headers.get("Authorization") or ""
        if auth.lower().startswith("basic "):  # public client code: HTTP Basic client credentials are accepted too
            try:
                dec = base64.b64decode(auth[6:].strip(), validate=True).decode("utf-8")
                bid, _, bsec = dec.partition(":")
                cid, csec = unquote_plus(bid), unquote_plus(bsec)
            except (ValueError, UnicodeDecodeError):
                raise oerr(401, "invalid_client", "Malformed Basic credentials.",
                           {"WWW-Authenticate": 'Basic realm="oauth"'}) from None
        gt = form.get("grant_type")
        if not gt:
            raise oerr(400, "invalid_request", "Missing grant_type.")
        if gt != "client_credentials":
            raise oerr(400, "unsupported_grant_type", f"grant_type {gt!r} is not supported.")
        if cid != st.args.client_id or csec != st.args.client_secret:
            raise oerr(401, "invalid_client", "Client authentication failed.",
                       {"WWW-Authenticate": 'Basic realm="oauth"'})
        scope_text = form.get("scope") or "read write"
        scope = set(scope_text.split())
        if not scope or not scope <= {"read", "write", "admin"}:
            raise oerr(400, "invalid_scope", f"Unknown scope in {scope_text!r}.")
        tok = secrets.token_urlsafe(24)
        with st.lock:
            st.tokens[tok] = {"expires": time.time() + CF_TOKEN_TTL, "scope": scope}
        return 200, {"access_token": tok, "token_type": "Bearer", "expires_in": CF_TOKEN_TTL,
                     "scope": " ".join(s for s in ("read", "write", "admin") if s in scope)}, \
            {"Cache-Control": "no-store", "Pragma": "no-cache"}

    # -- helpers ----------------------------------------------------------------

    def currency(self, code):
        if not isinstance(code, str) or not code:
            raise self.bad("Field 'currency' is required.")
        c = CF_CURRENCIES.get(code)
        if c is None:
            raise self.bad(f"Currency {code!r} is not supported. Supported: {', '.join(CF_CURRENCIES)}.",
                           422, "currency_invalid")
        return c

    def amount(self, body, field="amount"):
        if field not in body:
            raise self.bad(f"Field '{field}' is required.")
        try:
            return to_amount(body[field])
        except BadAmount as e:
            raise self.bad(f"Field '{field}' {e}.") from None

    def check_address(self, family, addr, what):
        if not isinstance(addr, str) or addr == "":
            raise self.bad("Field 'address' is required.")
        if not address_ok(family, addr):
            raise self.bad(f"Invalid address {addr!r} for {what}: expected {FAMILY_LABEL[family]}.")

    def check_limits(self, code, c, amt):
        if amt <= 0:
            raise self.bad("Amount must be greater than zero.")
        if amt < c["min"]:
            raise self.bad(f"Amount {amt} {code} is below the minimum withdrawal amount {c['min']} {code}.")
        if amt > c["max"]:
            raise self.bad(f"Amount {amt} {code} is above the maximum withdrawal amount {c['max']} {code}.")

    def fees(self, c, requested):
        platform = (requested * CF_PLATFORM_FEE).quantize(Q8, rounding=ROUND_HALF_UP)
        network = c["network_fee"]
        return platform, network, platform + network

    def wjson(self, w):
        return {
            "withdrawal_id": w["id"],
            "status": w["chain"][w["step"]],
            "currency": w["currency"],
            "blockchain": w["blockchain"],
            "token": w["token"],
            "address": w["address"],
            "requested_amount": q8(w["requested"]),
            # "amount" is what the recipient gets, as in the /withdrawal/estimate/ example.
            "amount": q8(w["net"]),
            "fee": q8(w["fee"]),
            "platform_fee": q8(w["platform_fee"]),
            "network_fee": q8(w["network_fee"]),
            "transaction_hash": w["txid"],
            "custom_id": w["custom_id"],
            "callback_url": w["callback_url"],
            "created_at": w["created_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "updated_at": w["updated_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        }

    def find(self, st, wid):
        with st.lock:
            for w in st.withdrawals:
                if w["id"] == wid:
                    return w
        raise self.bad(f"Withdrawal {wid!r} not found.", 404, "not_found")

    # -- endpoints --------------------------------------------------------------

    def balances(self, h, st, mt, query, raw):
        with st.lock:
            account = {cur: {"amount": q8(v), "pending_amount": q8(Decimal(0))} for cur, v in st.balances.items()}
            sub = {}
            # Sub-accounts are not debited by withdrawals (create has no wallet field).
            for cur, v in st.sub_balances.items():
                sub[cur] = {"total_amount": q8(v), "total_pending": q8(Decimal(0)), "accounts": [{
                    "account_name": "Wallet 1", "account_id": "sub_0001", "amount": q8(v),
                    "pending_amount": q8(Decimal(0)), "available_balance": q8(v)}]}
            return 200, {"account": account, "sub_accounts": sub,
                         "statistics": {"currencies_count": len(account),
                                        "subaccounts_count": 1 if sub else 0}}, None

    def validate_address(self, h, st, mt, query, raw):
        b = json_body(self, h, raw)
        addr = b.get("address")
        # "Requires at least one of: currency, blockchain, or type" - the values of "type" are not
        # documented; read as a blockchain/family name (BTC, TRX, ETH, ARB, BSC, EVM, ...).
        if b.get("currency"):
            c = self.currency(b["currency"])
            family, what = c["family"], b["currency"]
        elif b.get("blockchain") or b.get("type"):
            key = "blockchain" if b.get("blockchain") else "type"
            val = b[key]
            family = CF_BLOCKCHAIN_FAMILY.get(str(val).upper())
            if family is None:
                raise self.bad(f"Unknown {key} {val!r}.")
            what = f"{key} {val}"
        else:
            raise self.bad("At least one of 'currency', 'blockchain' or 'type' is required.")
        self.check_address(family, addr, what)
        # Response shape is not documented; chosen: echo + "is_valid" (the docs' boolean style is is_*).
        out = {"address": addr, "is_valid": True}
        for k in ("currency", "blockchain", "type"):
            if b.get(k):
                out[k] = b[k]
        return 200, out, None

    def fee_estimate(self, h, st, mt, query, raw):
        b = json_body(self, h, raw)
        code = b.get("currency")
        c = self.currency(code)
        amt = self.amount(b)
        if amt <= 0:
            raise self.bad("Amount must be greater than zero.")
        if "address" in b:
            self.check_address(c["family"], b["address"], code)
        platform, network, fee = self.fees(c, amt)
        # Response shape not documented; chosen: the fee fields of the /withdrawal/estimate/ example.
        return 200, {"currency": code, "blockchain": c["blockchain"], "token": c["token"], "amount": q8(amt),
                     "fee": q8(fee), "platform_fee": q8(platform), "network_fee": q8(network)}, None

    def estimate(self, h, st, mt, query, raw):
        b = json_body(self, h, raw)
        code = b.get("currency")
        c = self.currency(code)
        amt = self.amount(b)
        final = b.get("final_amount", False)
        if not isinstance(final, bool):
            raise self.bad("Field 'final_amount' must be a boolean.")
        if final:
            # amount is what the recipient should get: requested = (amount + network) / (1 - 1%), rounded up.
            requested = ((amt + c["network_fee"]) / (1 - CF_PLATFORM_FEE)).quantize(Q8, rounding=ROUND_UP)
            platform = requested - c["network_fee"] - amt
            network, fee, net = c["network_fee"], requested - amt, amt
        else:
            requested = amt
            platform, network, fee = self.fees(c, amt)
            net = amt - fee
        self.check_limits(code, c, requested)
        if net <= 0:
            raise self.bad(f"Amount {requested} {code} does not cover the fee {fee} {code}.")
        return 200, {"requested_amount": q8(requested), "fee": q8(fee), "amount": q8(net), "currency": code,
                     "blockchain": c["blockchain"], "token": c["token"], "platform_fee": q8(platform),
                     "network_fee": q8(network)}, None

    def min_amount(self, h, st, mt, query, raw):
        b = json_body(self, h, raw)
        code = b.get("currency")
        c = self.currency(code)
        # Response not documented for withdrawals; chosen: the GET /payments/min-amount/ shape
        # (numbers, not strings, as that example shows).
        return 200, {"currency": code, "min_amount": c["min"], "max_amount": c["max"],
                     "blockchain": c["blockchain"], "token": c["token"]}, None

    def _create(self, h, st, raw, drop):
        b = json_body(self, h, raw)
        if "amount" in b and "price_amount" in b:
            raise self.bad("Give either 'amount' + 'currency' or 'price_amount' + 'price_currency', not both.")
        if "price_amount" in b:
            # Option 2: fiat amount with blockchain/token.
            pc = b.get("price_currency")
            if pc != "USD":
                raise self.bad("Field 'price_currency' must be 'USD'.")
            bc, tk = str(b.get("blockchain") or ""), str(b.get("token") or "")
            if not bc or not tk:
                raise self.bad("Fields 'blockchain' and 'token' are required with 'price_amount'.")
            code = next((k for k, v in CF_CURRENCIES.items()
                         if v["blockchain"].lower() == bc.lower() and v["token"].lower() == tk.lower()), None)
            if code is None:
                raise self.bad(f"No currency for blockchain {bc!r} token {tk!r}.", 422, "currency_invalid")
            c = CF_CURRENCIES[code]
            price = self.amount(b, "price_amount")
            requested = (price / st.args.usd[c["usd"]]).quantize(Q8, rounding=ROUND_HALF_UP)
        else:
            # Option 1: crypto amount with currency code.
            code = b.get("currency")
            c = self.currency(code)
            requested = self.amount(b)
        self.check_address(c["family"], b.get("address"), code)
        self.check_limits(code, c, requested)
        for f in ("callback_url", "custom_id"):
            if f in b and b[f] is not None and not isinstance(b[f], str):
                raise self.bad(f"Field '{f}' must be a string.")
        platform, network, fee = self.fees(c, requested)
        with st.lock:
            avail = st.balances.get(code, Decimal(0))
            if requested > avail:
                raise self.bad(f"Insufficient balance: requested {requested} {code}, available {avail} {code}.")
            st.balances[code] = avail - requested
            st.seq += 1
            t = now_utc()
            w = {"id": str(uuid.uuid4()), "seq": st.seq, "currency": code, "blockchain": c["blockchain"],
                 "token": c["token"], "family": c["family"], "address": b["address"], "requested": requested,
                 "net": requested - fee, "fee": fee, "platform_fee": platform, "network_fee": network,
                 "txid": None, "custom_id": b.get("custom_id"), "callback_url": b.get("callback_url"),
                 "created_at": t, "updated_at": t, "chain": CF_CHAIN, "step": 0, "dropped": drop}
            st.withdrawals.append(w)
            # 201: the documents give no status code for creates; 201 Created is the REST reading.
            return 201, self.wjson(w)

    def list(self, h, st, mt, query, raw):
        q = {k: v[-1] for k, v in query.items()}

        def intparam(name, default, lo, hi):
            if name not in q:
                return default
            try:
                v = int(q[name])
            except ValueError:
                raise self.bad(f"Query parameter '{name}' must be an integer.") from None
            if v < lo or (hi is not None and v > hi):
                raise self.bad(f"Query parameter '{name}' must be between {lo} and {hi or 'infinity'}.")
            return v

        # Pagination: "limit, offset"; range/default taken from GET /payments/ (limit 1-100, default 20).
        limit = intparam("limit", 20, 1, 100)
        offset = intparam("offset", 0, 0, None)

        def date(name, end):
            if name not in q or q[name] == "":
                return None
            s = q[name]
            try:
                if len(s) == 10:
                    d = datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=timezone.utc)
                    return d + timedelta(days=1) - timedelta(seconds=1) if end else d
                d = datetime.fromisoformat(s.replace("Z", "+00:00"))
                return d if d.tzinfo else d.replace(tzinfo=timezone.utc)
            except ValueError:
                raise self.bad(f"Query parameter '{name}' must be an ISO date.") from None

        start, end = date("start_date", False), date("end_date", True)
        # "sort: Sort order" - values not documented; accepted: created_at / -created_at (default newest first).
        sort = q.get("sort", "-created_at")
        if sort not in ("created_at", "-created_at"):
            raise self.bad("Query parameter 'sort' must be 'created_at' or '-created_at'.")
        with st.lock:
            rows = list(st.withdrawals)
        if q.get("status"):
            rows = [w for w in rows if w["chain"][w["step"]] == q["status"]]
        if q.get("blockchain"):
            rows = [w for w in rows if w["blockchain"].lower() == q["blockchain"].lower()]
        if q.get("token"):
            rows = [w for w in rows if w["token"].lower() == q["token"].lower()]
        if q.get("custom_id"):
            rows = [w for w in rows if w["custom_id"] == q["custom_id"]]
        if start:
            rows = [w for w in rows if w["created_at"] >= start]
        if end:
            rows = [w for w in rows if w["created_at"] <= end]
        rows.sort(key=lambda w: w["seq"], reverse=sort.startswith("-"))
        # Envelope not documented; chosen after GET /wallets/ ({"accounts": [...], "total": N}).
        return 200, {"withdrawals": [self.wjson(w) for w in rows[offset:offset + limit]],
                     "total": len(rows), "limit": limit, "offset": offset}, None

    def detail(self, h, st, mt, query, raw):
        with st.lock:
            return 200, self.wjson(self.find(st, mt.group(1))), None

    def status(self, h, st, mt, query, raw):
        b = json_body(self, h, raw)
        wid = b.get("withdrawal_id")
        if not isinstance(wid, str) or not wid:
            raise self.bad("Field 'withdrawal_id' is required.")
        # Response not documented; chosen: the same withdrawal object as GET /withdrawal/{id}/.
        with st.lock:
            return 200, self.wjson(self.find(st, wid)), None

    def control_view(self, w):
        return dict(self.wjson(w), dropped=w["dropped"])


# ---------------------------------------------------------------------------
# CryptoPayment
# ---------------------------------------------------------------------------


class CryptoPayment(Withdrawals):
    BASE = "/api/v1"  # "https://cryptopayment.center/api/v1"

    # Error body: not documented; chosen after the documented success envelope: {"success": false, "error": text}.
    @staticmethod
    def err(status, code, message):
        return {"success": False, "error": message}

    def bad(self, message, status=400):
        return ApiError(status, self.err(status, None, message))

    def __init__(self):
        R = re.compile
        # Only GET /balances and POST /withdrawals are documented. There is no documented endpoint to
        # list or fetch withdrawals, so none is served (GET /api/v1/withdrawals answers 405).
        self.routes = [
            ("GET", R(self.BASE + r"/balances"), self.balances),
            ("POST", R(self.BASE + r"/withdrawals"), self.create),
        ]

    def handle(self, h, st, method, path, query, raw):
        fn, mt = route(self.routes, method, path)
        if fn is None:
            if mt:
                raise ApiError(405, self.err(405, None, f"Method {method} not allowed."), {"Allow": ", ".join(mt)})
            raise self.bad(f"Not found: {path}", 404)
        if fn == self.create:
            with st.lock:
                st.creates += 1
        self.authenticate(h, st)
        return fn(h, st, mt, query, raw)

    def authenticate(self, h, st):
        # "Authorization: Bearer {api_key}:{api_secret}" - both parts must match.
        auth = h.headers.get("Authorization") or ""
        scheme, _, cred = auth.partition(" ")
        key, sep, secret = cred.strip().partition(":")
        if scheme != "Bearer" or not sep or key != st.args.api_key or secret != st.args.api_secret:
            raise ApiError(401, self.err(401, None, "Unauthorized: invalid API key or secret."),
                           {"WWW-Authenticate": 'Bearer realm="api"'})

    def balances(self, h, st, mt, query, raw):
        # Numbers as in the example: "USDT-TRC20": { "available": 450.00, "pending": 0 }.
        with st.lock:
            return 200, {"success": True, "balances": {
                coin: {"available": v, "pending": Decimal(0)} for coin, v in st.balances.items()}}, None

    def wjson(self, w):
        # Withdrawal response not documented; chosen after the invoice envelope ({"success", "invoice": {...}}).
        return {
            "id": w["id"],
            "coin": w["coin"],
            "amount": w["amount"],
            "fee": w["fee"],
            "net_amount": w["amount"] - w["fee"],
            "amount_usd": w["amount_usd"],
            "address": w["address"],
            "status": w["chain"][w["step"]],
            "txid": w["txid"],
            "created_at": w["created_at"].isoformat(),
        }

    def _create(self, h, st, raw, drop):
        b = json_body(self, h, raw)
        coin = b.get("coin")
        if not isinstance(coin, str) or not coin:
            raise self.bad("Field 'coin' is required.")
        c = CP_COINS.get(coin)
        if c is None:
            raise self.bad(f"Unsupported coin {coin!r}. Supported: {', '.join(CP_COINS)}.")
        if "amount" not in b:
            raise self.bad("Field 'amount' is required.")
        try:
            amt = to_amount(b["amount"])
        except BadAmount as e:
            raise self.bad(f"Field 'amount' {e}.") from None
        addr = b.get("address")
        if not isinstance(addr, str) or addr == "":
            raise self.bad("Field 'address' is required.")
        if not address_ok(c["family"], addr):
            raise self.bad(f"Invalid {coin} address {addr!r}: expected {FAMILY_LABEL[c['family']]}.")
        if amt < c["min"]:
            raise self.bad(f"Minimum withdrawal for {coin} is {c['min']} (requested {amt}).")
        with st.lock:
            avail = st.balances.get(coin, Decimal(0))
            if amt > avail:
                raise self.bad(f"Insufficient balance: requested {amt} {coin}, available {avail} {coin}.")
            # Fee table: read as taken out of the amount (balance -amount, recipient gets amount - fee).
            usd = (amt * st.args.usd[c["usd"]]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            # "Requests over $500": USD value of the requested amount, strictly greater than 500.
            chain = CP_REVIEW_CHAIN if usd > CP_REVIEW_OVER_USD else CP_CHAIN
            st.balances[coin] = avail - amt
            st.seq += 1
            w = {"id": str(uuid.uuid4()), "seq": st.seq, "coin": coin, "family": c["family"], "amount": amt,
                 "fee": c["fee"], "amount_usd": usd, "address": addr, "txid": None, "created_at": now_utc(),
                 "updated_at": now_utc(), "chain": chain, "step": 0, "dropped": drop}
            st.withdrawals.append(w)
            return 201, {"success": True, "withdrawal": self.wjson(w)}

    def control_view(self, w):
        return dict(self.wjson(w), dropped=w["dropped"])


CRYPTOFUSE = Cryptofuse()
CRYPTOPAYMENT = CryptoPayment()


# ---------------------------------------------------------------------------
# Control endpoints (no auth)
# ---------------------------------------------------------------------------


def control(st: State, method: str, path: str):
    proto = CRYPTOFUSE if st.args.protocol == "cryptofuse" else CRYPTOPAYMENT
    with st.lock:
        if (method, path) == ("POST", "/_control/drop-next-withdrawal"):
            st.drop_next = True
            return 200, {"ok": True}
        if (method, path) == ("GET", "/_control/withdrawals"):
            return 200, {"creates": st.creates, "withdrawals": [proto.control_view(w) for w in st.withdrawals]}
        if (method, path) == ("GET", "/_control/requests"):
            return 200, list(st.requests)
        if (method, path) == ("POST", "/_control/advance"):
            n = st.advance()
            return 200, {"advanced": n, "withdrawals": [proto.control_view(w) for w in st.withdrawals]}
        if (method, path) == ("POST", "/_control/expire-tokens"):
            for t in st.tokens.values():
                t["expires"] = 0
            return 200, {"ok": True}
        if (method, path) == ("POST", "/_control/reset"):
            st.reset()
            return 200, {"ok": True}
    return 404, {"error": "not_found", "message": f"no control endpoint {method} {path}"}


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def kv_decimal(text: str):
    k, sep, v = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError("expected NAME=AMOUNT")
    try:
        return k, Decimal(v)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"bad amount {v!r}") from None


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--protocol", required=True, choices=["cryptofuse", "cryptopayment"])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--client-id", default="test-client", help="Cryptofuse OAuth client id")
    p.add_argument("--client-secret", default="test-secret", help="Cryptofuse OAuth client secret")
    p.add_argument("--api-key", default="test-key", help="CryptoPayment API key")
    p.add_argument("--api-secret", default="test-secret", help="CryptoPayment API secret")
    p.add_argument("--usd-price", type=kv_decimal, action="append", default=[],
                   help="override a USD price, e.g. BTC=60000 (keys: BTC, ETH, LTC, USDT)")
    p.add_argument("--sub-balance", type=kv_decimal, action="append", default=[],
                   help="Cryptofuse: give sub-account 'Wallet 1' a balance, e.g. USDTTRC20=300")
    p.add_argument("--advance-every", type=float, default=0.0,
                   help="also move withdrawals one status forward every N seconds (0 = only by control call)")
    p.add_argument("--verbose", action="store_true", help="log requests to stderr")
    args = p.parse_args()
    args.usd = dict(DEFAULT_USD)
    args.usd.update(dict(args.usd_price))
    args.sub_balance = dict(args.sub_balance)

    state = State(args)
    Handler.state = state
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True

    if args.advance_every > 0:
        def ticker():
            while True:
                time.sleep(args.advance_every)
                state.advance()
        threading.Thread(target=ticker, daemon=True).start()

    sys.stdout.write(f"listening http://127.0.0.1:{server.server_address[1]}\n")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
