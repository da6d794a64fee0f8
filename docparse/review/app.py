"""The review web app: a queue of documents, a document beside its scan, decisions kept.

``create_app(OUT_DIR, reviewer)`` builds it; ``docparse review`` serves it. Pages are
Jinja2 templates, autoescaped; data for the page scripts is embedded with ``|tojson``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from docparse.export.rejected import RejectedFieldError
from docparse.output import write_json_atomic
from docparse.pipeline import TEXT_LINE_PITCH
from docparse.review.documents import Document, Documents, UnknownDocumentError
from docparse.review.fields import TYPE_NAMES, Editor, clean, spec_for
from docparse.review.pages import Pages, PageUnavailableError
from docparse.review.security import TOKEN_HEADER, TokenGuard, cookie_name, new_token
from docparse.review.state import (
    STATUSES,
    QueueEntry,
    field_states,
    matches,
    queue_entry,
    queue_order,
    reviewed_form,
    status_of,
)
from docparse.review.store import Decision, DecisionStore, now
from models.record import SourceKind

HERE = Path(__file__).parent


def create_app(out_dir: Path, reviewer: str, token: str | None = None) -> Starlette:
    """The app for one output folder; ``app.state.token`` is the session's token."""
    review = ReviewApp(out_dir, reviewer)
    token = token or new_token()
    routes = [
        Route("/", review.queue),
        Route("/doc/{doc_id:path}", review.document),
        Route("/page/{number:int}/{doc_id:path}", review.page),
        Route("/next", review.next_document),
        Route("/api/decision", review.decide, methods=["POST"]),
        Route("/api/approve", review.approve, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    guard = Middleware(TokenGuard, token=token, cookie=cookie_name(str(review.out_dir)))
    app = Starlette(routes=routes, middleware=[guard])
    app.state.token = token
    app.state.review = review
    return app


def doc_url(doc_id: str) -> str:
    return "/doc/" + quote(doc_id)


class ReviewApp:
    def __init__(self, out_dir: Path, reviewer: str) -> None:
        self.documents = Documents(out_dir)
        self.out_dir = self.documents.out_dir
        self.store = DecisionStore(self.out_dir)
        self.pages = Pages(self.out_dir)
        self.reviewer = reviewer
        self._write_lock = threading.Lock()
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        env.globals.update(doc_url=doc_url, statuses=STATUSES)
        self.templates = Jinja2Templates(env=env)

    # ------------------------------------------------------------------ pages

    def queue(self, request: Request) -> Response:
        status = request.query_params.get("status", "")
        kind = request.query_params.get("type", "")
        query = request.query_params.get("q", "")
        entries, errors = self._entries()
        shown = [entry for entry in entries if matches(entry, status, kind, query)]
        counts = {s: sum(1 for entry in entries if entry.status == s) for s in STATUSES}
        kinds = sorted({(e.type_kind, e.type_name) for e in entries}, key=lambda k: k[1])
        context = {
            "entries": shown,
            "total": len(entries),
            "counts": counts,
            "kinds": kinds,
            "filters": {"status": status, "type": kind, "q": query},
            "errors": errors,
            "reviewer": self.reviewer,
            "out_dir": str(self.out_dir),
        }
        return self.templates.TemplateResponse(request, "queue.html", context)

    def document(self, request: Request) -> Response:
        doc = self._load(request.path_params["doc_id"])
        decisions = self.store.for_document(doc.id)
        record = doc.record
        text_lines: list[str] = []
        problem = None
        if record.source.kind is SourceKind.text:
            try:
                text_lines = self.pages.text_lines(record)
            except PageUnavailableError as error:
                problem = str(error)
        elif not self.pages.all_cached(record):
            problem = self.pages.scan(record).problem
        pages = [
            {
                "number": info.number,
                "width": info.width,
                "height": info.height,
                "url": f"/page/{info.number}/{quote(doc.id)}",
            }
            for info in record.source.page_info
        ]
        data = {
            "doc": doc.id,
            "status": status_of(decisions),
            "fields": [state.as_json() for state in field_states(doc, decisions)],
            "pages": pages,
            "text": record.source.kind is SourceKind.text,
            "linePitch": TEXT_LINE_PITCH,
            "types": TYPE_NAMES,
            "nextUrl": "/next?after=" + quote(doc.id),
        }
        context = {
            "doc": doc,
            "record": record,
            "data": data,
            "status": data["status"],
            "pages": pages,
            "text_lines": text_lines,
            "problem": problem,
            "token": request.app.state.token,
            "token_header": TOKEN_HEADER,
            "reviewer": self.reviewer,
        }
        return self.templates.TemplateResponse(request, "document.html", context)

    def page(self, request: Request) -> Response:
        doc = self._load(request.path_params["doc_id"])
        try:
            path = self.pages.image(doc.record, request.path_params["number"])
        except PageUnavailableError as error:
            raise HTTPException(404, str(error)) from None
        return FileResponse(path, media_type="image/png")

    def next_document(self, request: Request) -> Response:
        """The next document in the queue after ``after`` that is not approved yet."""
        after = request.query_params.get("after", "")
        entries, _ = self._entries()
        ids = [entry.id for entry in entries]
        start = ids.index(after) + 1 if after in ids else 0
        for entry in entries[start:] + entries[:start]:
            if entry.status != "approved" and entry.id != after:
                return RedirectResponse(doc_url(entry.id), status_code=303)
        return RedirectResponse("/", status_code=303)

    # ---------------------------------------------------------------- actions

    async def decide(self, request: Request) -> Response:
        body = await _json_body(request)
        return await run_in_threadpool(self._decide, body)

    async def approve(self, request: Request) -> Response:
        body = await _json_body(request)
        return await run_in_threadpool(self._approve, body)

    def _decide(self, body: dict[str, Any]) -> Response:
        doc = self._load(body.get("doc"))
        key, action = body.get("field"), body.get("action")
        spec = spec_for(key, doc.data) if isinstance(key, str) else None
        if spec is None:
            raise HTTPException(400, f"{doc.id} has no field {key!r} to review")
        if action not in ("accept", "correct", "reject"):
            raise HTTPException(400, f"unknown action {action!r}")
        if action == "reject" and spec.required:
            raise HTTPException(400, f"{key} is required and cannot be rejected")
        if action == "correct" and spec.editor is Editor.none:
            raise HTTPException(400, f"{key} cannot be edited here")
        with self._write_lock:
            decisions = self.store.for_document(doc.id)
            current = next(s for s in field_states(doc, decisions) if s.key == key)
            new_value = current.machine if action == "accept" else None
            if action == "correct":
                try:
                    new_value = clean(spec, body.get("value"))
                except ValueError as error:
                    raise HTTPException(400, f"{spec.label}: {error}") from None
            trial = Decision(0, doc.id, key, action, current.value, new_value, self.reviewer, now())
            self._check(doc, [*decisions, trial])
            self.store.add(doc.id, key, action, current.value, new_value, self.reviewer)
            decisions = self._save(doc)
        state = next(s for s in field_states(doc, decisions) if s.key == key)
        return JSONResponse(self._summary(doc, decisions) | {"field": state.as_json()})

    def _approve(self, body: dict[str, Any]) -> Response:
        doc = self._load(body.get("doc"))
        with self._write_lock:
            before = status_of(self.store.for_document(doc.id))
            self.store.add(doc.id, "", "approve", before, "approved", self.reviewer)
            decisions = self._save(doc)
        return JSONResponse(self._summary(doc, decisions))

    # ---------------------------------------------------------------- helpers

    def _entries(self) -> tuple[list[QueueEntry], list[str]]:
        decided = self.store.by_document()
        entries, errors = [], []
        for doc_id in self.documents.ids():
            try:
                doc = self.documents.load(doc_id)
            except (OSError, ValueError) as error:
                errors.append(f"{doc_id}: {error}")
                continue
            entries.append(queue_entry(doc, decided.get(doc_id, [])))
        return sorted(entries, key=queue_order), errors

    def _load(self, doc_id: Any) -> Document:
        if not isinstance(doc_id, str):
            raise HTTPException(400, "no document named")
        try:
            return self.documents.load(doc_id)
        except UnknownDocumentError:
            raise HTTPException(404, "no such document") from None
        except (OSError, ValueError) as error:
            raise HTTPException(422, f"{doc_id} cannot be read: {error}") from None

    def _check(self, doc: Document, decisions: list[Decision]) -> None:
        try:
            reviewed_form(doc, decisions)
        except (ValidationError, RejectedFieldError) as error:
            raise HTTPException(400, f"the record would not be valid: {error}") from None

    def _save(self, doc: Document) -> list[Decision]:
        decisions = self.store.for_document(doc.id)
        write_json_atomic(doc.reviewed_path, reviewed_form(doc, decisions))
        return decisions

    def _summary(self, doc: Document, decisions: list[Decision]) -> dict[str, Any]:
        entry = queue_entry(doc, decisions)
        return {"status": entry.status, "open": entry.open_flags}


async def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise HTTPException(400, "the body is not JSON") from None
    if not isinstance(body, dict):
        raise HTTPException(400, "the body is not a JSON object")
    return body
