"""The backup file: one file that opens with any of the vault's passphrases or its recovery key.

Layout (all lengths big-endian)::

    magic        8 bytes   b"KKHBAK\\x00\\x01"
    header_len   4 bytes
    header       JSON: {"format": "kakehashi-backup", "version": 1,
                        "envelope": <the vault's key envelope, as in envelope.json>,
                        "manifest": {"nonce": b64, "ciphertext": b64}}
    payload_len  8 bytes
    payload      the SQLCipher database, page by page as the vault has it (already encrypted
                 with the data key; never decrypted on the way)
    mac          32 bytes  HMAC-SHA256 over everything above, under a key derived from the data key

- The envelope is the vault's own, so every slot (each caseworker's passphrase, the recovery
  key) opens the backup, and nothing else does.
- The manifest (counts, date, schema version, payload size and SHA-256) is AES-GCM encrypted
  under another key derived from the data key: the number of dossiers is nobody else's business.
- The MAC covers every byte, so a flipped byte, a cut at any length, a swapped payload or a
  header from another vault is refused before anything is written.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import DamagedEnvelope, KakehashiError
from app.vault import envelope as env
from app.vault.secret import wipe

MAGIC = b"KKHBAK\x00\x01"
FORMAT = "kakehashi-backup"
VERSION = 1
MAX_HEADER = 1024 * 1024
MAC_LEN = 32
CHUNK = 1024 * 1024
MAC_PURPOSE = b"backup mac v1"
MANIFEST_PURPOSE = b"backup manifest v1"


class NotABackup(KakehashiError):
    exit_code = 6


class DamagedBackup(KakehashiError):
    exit_code = 5

    def __init__(self, detail: str) -> None:
        super().__init__(f"the backup is damaged or has been altered: {detail}; nothing was written")


@dataclass(frozen=True)
class Manifest:
    created_at: str
    schema_version: int
    dossiers: int
    companies: int
    documents: int
    payload_size: int
    payload_sha256: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: object) -> Manifest:
        fields = cls.__dataclass_fields__
        if not isinstance(data, dict) or set(data) != set(fields):
            raise DamagedBackup("its manifest is malformed")
        try:
            return cls(**data)
        except TypeError:
            raise DamagedBackup("its manifest is malformed") from None


def _header_prefix(header: dict) -> bytes:
    """What the manifest's associated data binds: everything in the header but the manifest."""
    return env.canonical({k: v for k, v in header.items() if k != "manifest"})


def write(
    out: BinaryIO,
    envelope_outer: dict,
    manifest: Manifest,
    payload: Path,
    mac_key: bytearray,
    manifest_key: bytearray,
) -> None:
    """Write a whole backup to ``out`` (the caller makes the write atomic)."""
    header = {"format": FORMAT, "version": VERSION, "envelope": envelope_outer}
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(bytes(manifest_key)).encrypt(
        nonce, env.canonical(manifest.to_dict()), _header_prefix(header)
    )
    header["manifest"] = {"nonce": env._b64(nonce), "ciphertext": env._b64(sealed)}
    header_bytes = env.canonical(header)
    mac = hmac.new(bytes(mac_key), digestmod=hashlib.sha256)

    def emit(data: bytes) -> None:
        mac.update(data)
        out.write(data)

    emit(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
    emit(struct.pack(">Q", manifest.payload_size))
    with payload.open("rb") as source:
        copied = 0
        while chunk := source.read(CHUNK):
            emit(chunk)
            copied += len(chunk)
    if copied != manifest.payload_size:
        raise RuntimeError("the database snapshot changed while it was being written")
    out.write(mac.digest())


@dataclass
class OpenedBackup:
    """A backup whose envelope is parsed; ``unlock`` proves it whole and reads the manifest."""

    path: Path
    header: dict
    envelope: env.Envelope
    envelope_mac: bytes
    payload_offset: int
    payload_size: int

    def unlock(self, secret: str) -> tuple[bytearray, Manifest]:
        """Check the MAC over the whole file with the key ``secret`` opens.

        Returns the data key (the caller wipes it) and the manifest. Raises WrongPassphrase or
        DamagedBackup; reads the file, writes nothing.
        """
        try:
            data_key, _slot = self.envelope.unwrap(secret, self.envelope_mac)
        except DamagedEnvelope:
            raise DamagedBackup("its key envelope was altered") from None
        try:
            return data_key, self.verify_with_key(data_key)
        except BaseException:
            wipe(data_key)
            raise

    def verify_with_key(self, data_key: bytearray) -> Manifest:
        """Check the MAC over every byte and the manifest against the payload."""
        mac_key = env.derive_subkey(data_key, MAC_PURPOSE)
        manifest_key = env.derive_subkey(data_key, MANIFEST_PURPOSE)
        try:
            payload_hash = self._check_mac(mac_key)
            manifest = self._manifest(manifest_key)
        finally:
            wipe(mac_key)
            wipe(manifest_key)
        if manifest.payload_size != self.payload_size or not hmac.compare_digest(
            manifest.payload_sha256, payload_hash
        ):
            raise DamagedBackup("its database does not match its manifest")
        return manifest

    def _check_mac(self, mac_key: bytearray) -> str:
        mac = hmac.new(bytes(mac_key), digestmod=hashlib.sha256)
        payload_hash = hashlib.sha256()
        end = self.payload_offset + self.payload_size
        with self.path.open("rb") as handle:
            position = 0
            while position < end:
                chunk = handle.read(min(CHUNK, end - position))
                if not chunk:
                    raise DamagedBackup("it is truncated")
                mac.update(chunk)
                if position + len(chunk) > self.payload_offset:
                    payload_hash.update(chunk[max(0, self.payload_offset - position):])
                position += len(chunk)
            stored = handle.read(MAC_LEN + 1)
        if len(stored) != MAC_LEN or not hmac.compare_digest(mac.digest(), stored):
            raise DamagedBackup("its MAC does not match")
        return payload_hash.hexdigest()

    def _manifest(self, manifest_key: bytearray) -> Manifest:
        sealed = self.header.get("manifest")
        if not isinstance(sealed, dict) or set(sealed) != {"nonce", "ciphertext"}:
            raise DamagedBackup("its manifest is malformed")
        try:
            nonce = env._unb64(sealed["nonce"], 12)
            plain = AESGCM(bytes(manifest_key)).decrypt(
                nonce, env._unb64(sealed["ciphertext"]), _header_prefix(self.header)
            )
            return Manifest.from_dict(json.loads(plain))
        except (InvalidTag, DamagedEnvelope, ValueError):
            raise DamagedBackup("its manifest does not open") from None

    def copy_payload(self, target: BinaryIO) -> None:
        with self.path.open("rb") as handle:
            handle.seek(self.payload_offset)
            remaining = self.payload_size
            while remaining:
                chunk = handle.read(min(CHUNK, remaining))
                if not chunk:
                    raise DamagedBackup("it is truncated")
                target.write(chunk)
                remaining -= len(chunk)


def open_backup(path: Path) -> OpenedBackup:
    """Parse a backup's framing and envelope. No key yet: nothing is proven but the shape."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(MAGIC) + 4)
            if head[: len(MAGIC)] != MAGIC:
                if len(head) < len(MAGIC) and MAGIC.startswith(head):
                    raise DamagedBackup("it is truncated")
                raise NotABackup(f"{path} is not a Kakehashi backup")
            if len(head) < len(MAGIC) + 4:
                raise DamagedBackup("it is truncated")
            (header_len,) = struct.unpack(">I", head[len(MAGIC):])
            if header_len > MAX_HEADER:
                raise DamagedBackup("its header is malformed")
            header_bytes = handle.read(header_len)
            length_bytes = handle.read(8)
    except FileNotFoundError:
        raise NotABackup(f"no such file: {path}") from None
    except IsADirectoryError:
        raise NotABackup(f"{path} is a folder, not a backup") from None
    if len(header_bytes) != header_len or len(length_bytes) != 8:
        raise DamagedBackup("it is truncated")
    (payload_size,) = struct.unpack(">Q", length_bytes)
    payload_offset = len(MAGIC) + 4 + header_len + 8
    expected = payload_offset + payload_size + MAC_LEN
    if size < expected:
        raise DamagedBackup("it is truncated")
    if size > expected:
        raise DamagedBackup("it has extra bytes at its end")
    try:
        header = json.loads(header_bytes.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DamagedBackup("its header is not readable") from None
    if not isinstance(header, dict) or set(header) != {"format", "version", "envelope", "manifest"}:
        raise DamagedBackup("its header is malformed")
    if header["format"] != FORMAT:
        raise NotABackup(f"{path} is not a Kakehashi backup")
    if header["version"] != VERSION:
        raise DamagedBackup("it has a format version this app does not know")
    try:
        envelope, envelope_mac = env.Envelope.parse(env.canonical(header["envelope"]))
    except DamagedEnvelope:
        raise DamagedBackup("its key envelope is damaged") from None
    return OpenedBackup(path, header, envelope, envelope_mac, payload_offset, payload_size)
