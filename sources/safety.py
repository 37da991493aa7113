"""Address safety: only allowed hosts, only public addresses, and connections pinned to them.

DNS pinning: a host's name is resolved once per Fetcher, its addresses vetted, and every
connection to that host goes to the vetted address (a name cannot rebind to a private one
between the check and the connection). The Host header, TLS SNI and the certificate check
keep the host's name.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from sources.errors import FetchError

# socket.getaddrinfo's signature; tests inject their own to play a rebinding name server.
Resolver = Callable[..., list]
# Why an address is refused, tested in order; the first that applies names it.
ADDRESS_CLASSES = (
    ("loopback address", lambda a: a.is_loopback),
    ("link-local address", lambda a: a.is_link_local),
    ("private address", lambda a: a.is_private),
    ("multicast address", lambda a: a.is_multicast),
    ("non-public address", lambda a: not a.is_global),
)
DEFAULT_PORTS = {"http": 80, "https": 443}


class PinnedAdapter(HTTPAdapter):
    """Connects to one vetted address, never to what DNS answers later; TLS checks the name.

    requests asks build_connection_pool_key_attributes which pool serves a request: the
    pool's host becomes the pinned address, while urllib3's server_hostname (SNI) and
    assert_hostname (certificate) keep the name, and add_headers keeps the Host header.
    Connections are pooled per pinned address and name, as before per host.
    """

    def __init__(self, host: str, address: str, **kwargs):
        self.pinned_host = host
        self.pinned_address = address
        super().__init__(**kwargs)

    def build_connection_pool_key_attributes(self, request, verify, cert=None):
        """The pool of the pinned address, with the host's name for SNI and certificates."""
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(
            request, verify, cert
        )
        asked = (host_params.get("host") or "").strip("[]").lower()
        if asked != self.pinned_host:  # a session serves one host; anything else is a bug
            raise requests.exceptions.InvalidURL(
                f"adapter pinned for {self.pinned_host} asked for {asked}"
            )
        host_params["host"] = self.pinned_address
        if host_params.get("scheme") == "https":
            pool_kwargs["server_hostname"] = self.pinned_host
            pool_kwargs["assert_hostname"] = self.pinned_host
        return host_params, pool_kwargs

    def add_headers(self, request, **kwargs) -> None:
        """Host names the site, not the address the connection goes to."""
        request.headers["Host"] = host_header(request.url)


def host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    """Exact host match; an entry '*.example.org' also allows its subdomains."""
    for entry in allowed:
        entry = entry.lower()
        if entry.startswith("*."):
            if host == entry[2:] or host.endswith(entry[1:]):
                return True
        elif host == entry:
            return True
    return False


def resolve(host: str, port: int, resolver: Resolver = socket.getaddrinfo) -> list:
    """The addresses of a host, in the resolver's order, once each; FetchError when none."""
    try:
        infos = resolver(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise FetchError("fetch", f"cannot resolve {host} ({reason})") from None
    addresses = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError("fetch", f"cannot resolve {host} (no address)")
    return addresses


def refuse_non_public(host: str, addresses: list) -> None:
    """Refuse a host when any of its addresses is private, loopback, link-local or reserved."""
    for address in addresses:
        kind = _kind(address)
        if kind:
            raise FetchError("safety", f"refused: {host} resolves to {kind} {address}")


def _kind(address) -> str | None:
    """Why an address is not public, in a word or two; None for a public one."""
    return next((kind for kind, applies in ADDRESS_CLASSES if applies(address)), None)


def host_header(url: str) -> str:
    """The Host header of a URL: the name, and the port unless it is the scheme's default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    if parts.port and parts.port != DEFAULT_PORTS.get(parts.scheme):
        return f"{host}:{parts.port}"
    return host
