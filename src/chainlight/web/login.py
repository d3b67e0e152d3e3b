"""Logging in to the web app with an API key: the key is checked once and a signed session cookie
(HttpOnly, SameSite=Strict) carries the user from then on; logging out clears it."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.requests import Request

from chainlight.api.access import SESSION_COOKIE, SESSION_SECONDS, make_session
from chainlight.api.deps import app_state
from chainlight.web.actions import form_fields
from chainlight.web.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.html", failed=False)


@router.post("/login", response_model=None)
async def login(request: Request) -> HTMLResponse | RedirectResponse:
    form = await form_fields(request)
    state = app_state(request)

    def check() -> tuple[str, object] | None:
        with state.lock:
            return make_session(state, form.get("api_key", ""))

    made = await run_in_threadpool(check)
    if made is None:
        return render(request, "login.html", http_status=401, failed=True)
    token, _ = made
    back = form.get("back", "")
    answer = RedirectResponse(back if back.startswith("/ui/") else "/ui/", status_code=303)
    answer.set_cookie(SESSION_COOKIE, token, max_age=SESSION_SECONDS, httponly=True, samesite="strict",
                      secure=request.url.scheme == "https", path="/")
    return answer


@router.post("/logout")
def logout() -> RedirectResponse:
    answer = RedirectResponse("/ui/login", status_code=303)
    answer.delete_cookie(SESSION_COOKIE, path="/")
    return answer
