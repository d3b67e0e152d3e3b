"""`chainlight users add|list|revoke` and `chainlight audit verify`: who may use the service, and proof that
the audit trail of what they did is whole.  Thin edges over store/users.py and store/audit.py; cli.py wires
them in with `register(app)`."""

from __future__ import annotations

import getpass
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from chainlight.errors import ChainlightError
from chainlight.store import Store, audit, users

users_app = typer.Typer(no_args_is_help=True, help="Users of `chainlight serve`: roles and API keys.")
audit_app = typer.Typer(no_args_is_help=True, help="The audit trail of decisions, reviews and user changes.")
out = Console(highlight=False, emoji=False)


class AuditChainBroken(ChainlightError):
    """The audit trail was changed outside chainlight: the exit status is 2, like other bad input."""

    exit_code = 2


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
    app.add_typer(audit_app, name="audit")


def _operator() -> str:
    # who ran the command on this machine: the audit's actor for user changes made at the console
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _store(ctx: typer.Context) -> Store:
    return Store(ctx.obj.db)


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="a login name, no spaces")],
    role: Annotated[str, typer.Option(help=f"one of {', '.join(users.ROLES)}")] = "viewer",
) -> None:
    """Add a user; the new API key is printed once, as the last line (the store keeps only its digest)."""
    with _store(ctx) as store:
        key = users.add(store.con, name, role, by=_operator())
    out.print(f"user {escape(name)} added as {role}; send requests with the header `Authorization: ApiKey <key>`")
    print(key)


@users_app.command("list")
def users_list(ctx: typer.Context) -> None:
    """Users and their roles (keys are never shown again)."""
    with _store(ctx) as store:
        rows = users.listed(store.con)
    if not rows:
        out.print("no users: `chainlight serve` answers reads only; add one with `chainlight users add NAME "
                  "--role admin`")
        return
    for u in rows:
        out.print(f"{escape(u.name)}\t{u.role}\tadded {u.created_at:%Y-%m-%d %H:%M} by {escape(u.created_by)}")


@users_app.command("revoke")
def users_revoke(ctx: typer.Context, name: Annotated[str, typer.Argument(help="the user to remove")]) -> None:
    """Remove a user: their key stops working at once; what they did stays in the audit."""
    with _store(ctx) as store:
        users.revoke(store.con, name, by=_operator())
    out.print(f"user {escape(name)} revoked")


@audit_app.command("verify")
def audit_verify(ctx: typer.Context) -> None:
    """Check the audit trail's hash chain; exit 2 naming the first row that does not hold."""
    with _store(ctx) as store:
        check = audit.verify(store.con)
    before = f" ({check.unchained} older rows were written before the chain began)" if check.unchained else ""
    if not check.intact:
        raise AuditChainBroken(f"the audit trail is broken at row {check.broken_at}: {check.reason}; "
                               f"{check.rows} rows before it hold{before}")
    out.print(f"audit trail intact: {check.rows} rows chained{before}")
