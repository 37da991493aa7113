"""Where a warehouse lives: a local folder or an s3://bucket/prefix URL, behind one interface.

Delta tables reach either through delta-rs (its own object store); the few small files
pressroom keeps beside them (commit records, the write lock) go through this module: atomic
replace or create-if-absent on local disk, a plain or conditional PUT on S3.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from transforms.cache import cache_dir

S3_SCHEME = "s3://"
# Environment variables handed to delta-rs for S3, as its storage_options.
S3_OPTION_VARIABLES = (
    "AWS_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_REGION",
    "AWS_ALLOW_HTTP",
    "AWS_S3_ALLOW_UNSAFE_RENAME",
    "AWS_CONDITIONAL_PUT",
)


class LocationError(RuntimeError):
    """A data dir that cannot be used as given, with a one-line reason."""


def is_url(data_dir: str | Path) -> bool:
    """True for object-storage URLs, which are never resolved as local paths."""
    return str(data_dir).startswith(S3_SCHEME)


@dataclass(frozen=True, slots=True)
class Location:
    """A data dir: local (absolute path) or on S3 (bucket and key prefix)."""

    uri: str

    @classmethod
    def of(cls, data_dir: str | Path | Location) -> Location:
        """A data dir from a flag, environment variable or path."""
        if isinstance(data_dir, Location):
            return data_dir
        text = str(data_dir)
        if is_url(text):
            return cls(text.rstrip("/"))
        if "://" in text:
            raise LocationError(
                f"data dir {text!r}: only local folders and s3:// URLs are supported"
            )
        return cls(str(Path(text).expanduser().resolve()))

    @property
    def is_local(self) -> bool:
        """A folder on this machine."""
        return not is_url(self.uri)

    @property
    def path(self) -> Path:
        """The local folder (local data dirs only)."""
        if not self.is_local:
            raise LocationError(f"{self.uri} is not a local folder")
        return Path(self.uri)

    def join(self, *parts: str) -> str:
        """A path or URL below the data dir."""
        return "/".join([self.uri, *parts])

    @property
    def storage_options(self) -> dict[str, str]:
        """delta-rs storage options: for S3, the AWS variables set in the environment."""
        if self.is_local:
            return {}
        options = {name: os.environ[name] for name in S3_OPTION_VARIABLES if name in os.environ}
        options.setdefault("AWS_REGION", "us-east-1")
        # the write lock serialises pressroom's writers, so a plain rename is safe here
        options.setdefault("AWS_S3_ALLOW_UNSAFE_RENAME", "true")
        return options

    def cache_dir(self) -> Path:
        """A local folder for what must be local (the DuckDB file of an S3 warehouse)."""
        if self.is_local:
            return self.path
        digest = hashlib.sha256(self.uri.encode()).hexdigest()[:16]
        return cache_dir() / digest

    # -- small objects ---------------------------------------------------------------------
    def read_bytes(self, key: str) -> bytes | None:
        """The content of a small object below the data dir, or None when absent."""
        if self.is_local:
            try:
                return (self.path / key).read_bytes()
            except FileNotFoundError:
                return None
        return _s3(self).get(key)

    def write_bytes(self, key: str, data: bytes) -> None:
        """Replace a small object whole: readers see the old content or the new, never half."""
        if self.is_local:
            target = self.path / key
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = _beside(target)
            try:
                temporary.write_bytes(data)
                os.replace(temporary, target)
            finally:
                temporary.unlink(missing_ok=True)
            return
        _s3(self).put(key, data)

    def create(self, key: str, data: bytes) -> bool:
        """Create a small object whole, only if absent; False when it already exists."""
        if self.is_local:
            target = self.path / key
            target.parent.mkdir(parents=True, exist_ok=True)
            # written whole under another name, then linked in: a writer killed half-way leaves
            # no empty lock that every later run would take for a live one
            temporary = _beside(target)
            try:
                temporary.write_bytes(data)
                os.link(temporary, target)
            except FileExistsError:
                return False
            finally:
                temporary.unlink(missing_ok=True)
            return True
        return _s3(self).put_if_absent(key, data)

    def delete(self, key: str) -> None:
        """Remove a small object; absent is fine."""
        if self.is_local:
            (self.path / key).unlink(missing_ok=True)
            return
        _s3(self).delete(key)

    def list(self, prefix: str) -> list[str]:
        """Names of the objects directly under a folder below the data dir, sorted."""
        if self.is_local:
            folder = self.path / prefix
            return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        return _s3(self).list(prefix)

    def exists(self) -> bool:
        """Whether anything was ever written here."""
        if self.is_local:
            return self.path.exists()
        return bool(_s3(self).list("tables"))


class _S3:
    """The handful of S3 calls the commit records and the lock need (boto3)."""

    def __init__(self, location: Location):
        try:
            import boto3
        except ImportError:
            raise LocationError("s3:// data dirs need boto3: pip install 'pressroom[s3]'") from None
        bucket_and_prefix = location.uri.removeprefix(S3_SCHEME)
        self.bucket, _, prefix = bucket_and_prefix.partition("/")
        self.prefix = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
        self.client = boto3.client(
            "s3",
            endpoint_url=os.environ.get("AWS_ENDPOINT_URL"),
            region_name=os.environ.get("AWS_REGION", "us-east-1"),
        )

    def get(self, key: str) -> bytes | None:
        try:
            reply = self.client.get_object(Bucket=self.bucket, Key=self.prefix + key)
        except self.client.exceptions.NoSuchKey:
            return None
        return reply["Body"].read()

    def put(self, key: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self.prefix + key, Body=data)

    def put_if_absent(self, key: str, data: bytes) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.put_object(
                Bucket=self.bucket, Key=self.prefix + key, Body=data, IfNoneMatch="*"
            )
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code", "")
            if code in ("PreconditionFailed", "ConditionalRequestConflict", "412", "409"):
                return False
            raise
        return True

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.prefix + key)

    def list(self, prefix: str) -> list[str]:
        folder = f"{self.prefix}{prefix.strip('/')}/"
        names: list[str] = []
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=folder, Delimiter="/"):
            names += [item["Key"].removeprefix(folder) for item in page.get("Contents", [])]
            names += [
                item["Prefix"].removeprefix(folder).rstrip("/")
                for item in page.get("CommonPrefixes", [])
            ]
        return sorted(names)


_CLIENTS: dict[str, _S3] = {}


def _s3(location: Location) -> _S3:
    """One client per S3 data dir and process."""
    if location.uri not in _CLIENTS:
        _CLIENTS[location.uri] = _S3(location)
    return _CLIENTS[location.uri]


def _beside(target: Path) -> Path:
    """A hidden temporary name next to a file, for writing it whole before it appears."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
