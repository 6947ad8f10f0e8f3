"""The key envelope: the vault's data key, wrapped once per key slot.

File format (JSON, one object)::

    {"envelope": BODY, "mac": b64, "checksum": hex}

    BODY = {"format": "kakehashi-envelope", "version": 1, "vault_id": hex, "generation": int,
            "slots": [{"id": hex, "kind": "passphrase"|"recovery", "label": str,
                       "salt": b64, "kdf": {...} | null, "nonce": b64, "wrapped": b64}, ...]}

- Each slot wraps the 32-byte data key with AES-256-GCM under a key-encryption key (KEK):
  Argon2id of the passphrase for a passphrase slot, HKDF of the 150-bit recovery key for the
  recovery slot. The slot's associated data binds the format, version, vault id and the slot's
  own header (id, kind, label, salt, KDF parameters): change any of them and the slot no longer
  opens.
- ``mac`` is HMAC-SHA256 over the canonical body under a key derived from the data key, so the
  envelope is authenticated as a whole once unlocked: a slot added, removed or reordered by
  someone without the data key is detected.
- ``checksum`` is SHA-256 over body and mac: it tells accidental damage of a copy apart from a
  wrong passphrase *before* any KDF runs. Two copies are kept; a damaged one is ignored (and
  repaired on the next write), the copy with the higher generation wins.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.atomic import write_private
from app.errors import DamagedEnvelope, UsageError, WrongPassphrase
from app.vault import kdf, recovery
from app.vault.kdf import KdfParams
from app.vault.secret import passphrase_bytes, wipe

FORMAT = "kakehashi-envelope"
VERSION = 1
ENVELOPE_FILES = ("envelope.json", "envelope-copy.json")
KEY_LEN = 32
MAX_LABEL = 64
MAX_SLOTS = 32
MAX_ENVELOPE_BYTES = 256 * 1024


def _b64(data: bytes | bytearray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def _unb64(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise DamagedEnvelope("the key envelope is malformed")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise DamagedEnvelope("the key envelope is malformed") from None
    if length is not None and len(data) != length:
        raise DamagedEnvelope("the key envelope is malformed")
    return data


def canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _hkdf(ikm: bytes | bytearray, salt: bytes | None, info: bytes) -> bytearray:
    derived = HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=info).derive(bytes(ikm))
    return bytearray(derived)


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str  # "passphrase" or "recovery"
    label: str
    salt: bytes
    kdf: KdfParams | None
    nonce: bytes
    wrapped: bytes

    def header(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "salt": _b64(self.salt),
            "kdf": self.kdf.to_dict() if self.kdf else None,
        }

    def to_dict(self) -> dict:
        return {**self.header(), "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_dict(cls, data: object) -> Slot:
        if not isinstance(data, dict) or set(data) != {
            "id", "kind", "label", "salt", "kdf", "nonce", "wrapped"
        }:
            raise DamagedEnvelope("the key envelope has a malformed key slot")
        kind, label, slot_id = data["kind"], data["label"], data["id"]
        if kind not in ("passphrase", "recovery") or not isinstance(label, str):
            raise DamagedEnvelope("the key envelope has a malformed key slot")
        if not isinstance(slot_id, str) or len(slot_id) != 8:
            raise DamagedEnvelope("the key envelope has a malformed key slot")
        params = KdfParams.from_dict(data["kdf"]) if kind == "passphrase" else None
        if kind == "recovery" and data["kdf"] is not None:
            raise DamagedEnvelope("the key envelope has a malformed key slot")
        return cls(
            id=slot_id,
            kind=kind,
            label=label,
            salt=_unb64(data["salt"], 16),
            kdf=params,
            nonce=_unb64(data["nonce"], 12),
            wrapped=_unb64(data["wrapped"], KEY_LEN + 16),
        )


@dataclass
class Envelope:
    vault_id: str
    generation: int = 0
    slots: list[Slot] = field(default_factory=list)

    # -- (de)serialization -------------------------------------------------------------------

    def body(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "slots": [slot.to_dict() for slot in self.slots],
        }

    def serialize(self, data_key: bytearray) -> bytes:
        body = canonical(self.body())
        mac = _mac(data_key, body)
        checksum = hashlib.sha256(body + mac).hexdigest()
        return canonical({"envelope": self.body(), "mac": _b64(mac), "checksum": checksum}) + b"\n"

    @classmethod
    def parse(cls, raw: bytes) -> tuple[Envelope, bytes]:
        """Parse one envelope copy; return it and its MAC. Raises DamagedEnvelope."""
        if len(raw) > MAX_ENVELOPE_BYTES:
            raise DamagedEnvelope("the key envelope is too large to be genuine")
        try:
            outer = json.loads(raw.decode("ascii"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise DamagedEnvelope("the key envelope is not readable") from None
        if not isinstance(outer, dict) or set(outer) != {"envelope", "mac", "checksum"}:
            raise DamagedEnvelope("the key envelope is malformed")
        body = outer["envelope"]
        if not isinstance(body, dict):
            raise DamagedEnvelope("the key envelope is malformed")
        mac = _unb64(outer["mac"], 32)
        expected = hashlib.sha256(canonical(body) + mac).hexdigest()
        checksum = outer["checksum"]
        if (
            not isinstance(checksum, str)
            or not checksum.isascii()
            or not hmac.compare_digest(checksum, expected)
        ):
            raise DamagedEnvelope("the key envelope's checksum does not match")
        if body.get("format") != FORMAT:
            raise DamagedEnvelope("this is not a Kakehashi key envelope")
        if body.get("version") != VERSION:
            raise DamagedEnvelope("the key envelope has a version this app does not know")
        if set(body) != {"format", "version", "vault_id", "generation", "slots"}:
            raise DamagedEnvelope("the key envelope is malformed")
        vault_id, generation, slots = body["vault_id"], body["generation"], body["slots"]
        if not isinstance(vault_id, str) or len(vault_id) != 32 or type(generation) is not int:
            raise DamagedEnvelope("the key envelope is malformed")
        if not isinstance(slots, list) or not 1 <= len(slots) <= MAX_SLOTS:
            raise DamagedEnvelope("the key envelope's key slots are malformed")
        envelope = cls(vault_id, generation, [Slot.from_dict(s) for s in slots])
        if len({s.id for s in envelope.slots}) != len(envelope.slots):
            raise DamagedEnvelope("the key envelope's key slots are malformed")
        return envelope, mac

    # -- slots ----------------------------------------------------------------------------------

    def _aad(self, slot: Slot) -> bytes:
        return canonical(
            {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id, "slot": slot.header()}
        )

    def _new_slot(self, kind: str, label: str, params: KdfParams | None) -> Slot:
        existing = {s.id for s in self.slots}
        slot_id = secrets.token_hex(4)
        while slot_id in existing:
            slot_id = secrets.token_hex(4)
        return Slot(slot_id, kind, label, secrets.token_bytes(16), params, b"", b"")

    def _seal(self, slot: Slot, kek: bytearray, data_key: bytearray) -> Slot:
        nonce = secrets.token_bytes(12)
        sealed = replace(slot, nonce=nonce)
        wrapped = AESGCM(bytes(kek)).encrypt(nonce, bytes(data_key), self._aad(sealed))
        return replace(sealed, wrapped=wrapped)

    def add_passphrase_slot(
        self, data_key: bytearray, passphrase: str, label: str, params: KdfParams
    ) -> Slot:
        label = check_label(label, self)
        slot = self._new_slot("passphrase", label, params)
        secret = passphrase_bytes(passphrase)
        kek = kdf.derive(secret, slot.salt, params)
        try:
            slot = self._seal(slot, kek, data_key)
        finally:
            wipe(kek)
            wipe(secret)
        self.slots.append(slot)
        return slot

    def set_recovery_slot(self, data_key: bytearray, recovery_key: str) -> Slot:
        """Replace the recovery slot (there is at most one) with one for ``recovery_key``."""
        normalized = recovery.parse(recovery_key)
        if normalized is None:
            raise ValueError("not a recovery key")
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        slot = self._new_slot("recovery", "recovery key", None)
        kek = _hkdf(normalized, slot.salt, b"kakehashi recovery kek v1")
        try:
            slot = self._seal(slot, kek, data_key)
        finally:
            wipe(kek)
            wipe(normalized)
        self.slots.append(slot)
        return slot

    def rewrap_passphrase_slot(
        self, data_key: bytearray, slot_id: str, passphrase: str, params: KdfParams
    ) -> Slot:
        """Give slot ``slot_id`` a new passphrase; the data key (and the database) stay."""
        index = next(i for i, s in enumerate(self.slots) if s.id == slot_id)
        old = self.slots[index]
        slot = replace(old, salt=secrets.token_bytes(16), kdf=params)
        secret = passphrase_bytes(passphrase)
        kek = kdf.derive(secret, slot.salt, params)
        try:
            slot = self._seal(slot, kek, data_key)
        finally:
            wipe(kek)
            wipe(secret)
        self.slots[index] = slot
        return slot

    def unwrap(self, secret_text: str, mac: bytes) -> tuple[bytearray, Slot]:
        """The data key and the slot that opened, for a passphrase or the recovery key."""
        normalized = recovery.parse(secret_text)
        if normalized is not None:
            candidates = [s for s in self.slots if s.kind == "recovery"]
            try:
                found = self._try_slots(candidates, lambda s: _hkdf(normalized, s.salt, b"kakehashi recovery kek v1"))
            finally:
                wipe(normalized)
            if found is None:
                raise WrongPassphrase("wrong recovery key")
        else:
            if recovery.looks_like_recovery_key(secret_text):
                raise WrongPassphrase(
                    "the recovery key is mistyped: its check characters do not match"
                )
            secret = passphrase_bytes(secret_text)
            candidates = [s for s in self.slots if s.kind == "passphrase"]
            try:
                found = self._try_slots(candidates, lambda s: kdf.derive(secret, s.salt, s.kdf))
            finally:
                wipe(secret)
            if found is None:
                raise WrongPassphrase()
        data_key, slot = found
        if not hmac.compare_digest(_mac(data_key, canonical(self.body())), mac):
            wipe(data_key)
            raise DamagedEnvelope("the key envelope has been altered (its MAC does not match)")
        return data_key, slot

    def _try_slots(self, slots: list[Slot], make_kek) -> tuple[bytearray, Slot] | None:
        for slot in slots:
            kek = make_kek(slot)
            try:
                key = bytearray(AESGCM(bytes(kek)).decrypt(slot.nonce, slot.wrapped, self._aad(slot)))
            except InvalidTag:
                continue
            finally:
                wipe(kek)
            return key, slot
        return None


def derive_subkey(data_key: bytearray, purpose: bytes) -> bytearray:
    """HKDF-SHA256 of the data key for one named purpose."""
    return _hkdf(data_key, None, b"kakehashi " + purpose)


def _mac(data_key: bytearray, body: bytes) -> bytes:
    mac_key = _hkdf(data_key, None, b"kakehashi envelope mac v1")
    try:
        return hmac.new(bytes(mac_key), body, hashlib.sha256).digest()
    finally:
        wipe(mac_key)


def check_label(label: str, envelope: Envelope) -> str:
    label = " ".join(label.split())
    if not label or len(label) > MAX_LABEL:
        raise UsageError(f"a key slot label must be 1 to {MAX_LABEL} characters")
    if any(s.label == label for s in envelope.slots):
        raise UsageError("a key slot with that label already exists")
    return label


# -- the two copies on disk ---------------------------------------------------------------------


@dataclass
class LoadedEnvelope:
    """The intact copies, newest first (one entry if both are the same)."""

    candidates: list[tuple[Envelope, bytes]]
    needs_repair: bool  # one copy is missing, damaged or different

    def unwrap(self, secret: str) -> tuple[Envelope, bytearray, Slot]:
        """Open the newest copy the secret opens.

        An older copy is tried only when the newest does not open: an intact but forged copy
        (valid checksum, wrong MAC) must not lock the caseworker out of the genuine one.
        """
        first_error: Exception | None = None
        for envelope, mac in self.candidates:
            try:
                data_key, slot = envelope.unwrap(secret, mac)
            except (WrongPassphrase, DamagedEnvelope) as error:
                first_error = first_error or error
                continue
            return envelope, data_key, slot
        assert first_error is not None
        raise first_error


def load(folder: Path) -> LoadedEnvelope:
    """Read both copies. Raises DamagedEnvelope if neither is intact."""
    good: list[tuple[Envelope, bytes, bytes]] = []
    problems: list[str] = []
    for name in ENVELOPE_FILES:
        path = folder / name
        try:
            if path.stat().st_size > MAX_ENVELOPE_BYTES:
                raise DamagedEnvelope("the key envelope is too large to be genuine")
            raw = path.read_bytes()
            envelope, mac = Envelope.parse(raw)
            good.append((envelope, mac, raw))
        except FileNotFoundError:
            problems.append("missing")
        except DamagedEnvelope as error:
            problems.append(str(error))
    if not good:
        if all(p == "missing" for p in problems):
            raise DamagedEnvelope("the vault's key envelope is missing (both copies)")
        detail = next(p for p in problems if p != "missing")
        raise DamagedEnvelope(f"{detail} (both copies are unusable)")
    if len({e.vault_id for e, _, _ in good}) > 1:
        raise DamagedEnvelope("the two copies of the key envelope belong to different vaults")
    needs_repair = len(good) < 2 or good[0][2] != good[1][2]
    good.sort(key=lambda item: item[0].generation, reverse=True)
    if not needs_repair:
        good = good[:1]
    return LoadedEnvelope([(e, mac) for e, mac, _ in good], needs_repair)


def store(folder: Path, envelope: Envelope, data_key: bytearray) -> bytes:
    """Write both copies atomically, one after the other, with a new generation."""
    envelope.generation += 1
    raw = envelope.serialize(data_key)
    for name in ENVELOPE_FILES:
        write_private(folder / name, raw)
    return Envelope.parse(raw)[1]
