"""The per-session token, and the headers that keep the page's own text from running.

``docparse review`` prints an address carrying a random token. The first GET with it sets a
cookie (HttpOnly, SameSite=Strict) and redirects to the same address without it; later pages
need that cookie. A request that changes anything (any method but GET and HEAD) must carry
the token in the ``X-Review-Token`` header, which only the app's own pages know: else 403.
Static assets (CSS, JS) are public. Every response forbids inline scripts and other origins.
"""

from __future__ import annotations

import hashlib
import secrets
from urllib.parse import urlencode

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_HEADER = "X-Review-Token"
STATIC_PREFIX = "/static/"
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
FORBIDDEN = (
    "403: this review session needs its token. Open the address that `docparse review` "
    "printed when it started (it ends in ?token=…)."
)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def cookie_name(key: str) -> str:
    """One cookie per output folder, so two review servers on one host do not clash."""
    return "docparse_review_" + hashlib.sha256(key.encode()).hexdigest()[:12]


class TokenGuard:
    """ASGI middleware: the token check of every request, the security headers of every answer."""

    def __init__(self, app: ASGIApp, token: str, cookie: str) -> None:
        self.app = app
        self.token = token
        self.cookie = cookie

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    if name == "Cache-Control" and scope["path"].startswith(STATIC_PREFIX):
                        continue
                    headers.setdefault(name, value)
            await send(message)

        refusal = self._check(Request(scope))
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
        else:
            await self.app(scope, receive, send_with_headers)

    def _check(self, request: Request) -> Response | None:
        if request.url.path.startswith(STATIC_PREFIX):
            return None
        if request.method not in ("GET", "HEAD"):
            return None if self._valid(request.headers.get(TOKEN_HEADER)) else _forbidden()
        given = request.query_params.get("token")
        if given is not None:
            if not self._valid(given):
                return _forbidden()
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(self.cookie, self.token, httponly=True, samesite="strict", path="/")
            return response
        return None if self._valid(request.cookies.get(self.cookie)) else _forbidden()

    def _valid(self, given: str | None) -> bool:
        return given is not None and secrets.compare_digest(given.encode(), self.token.encode())


def _forbidden() -> Response:
    return PlainTextResponse(FORBIDDEN, status_code=403)
