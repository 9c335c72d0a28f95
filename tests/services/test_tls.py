"""The one TLS context of the service clients: made once, and verifying certificates."""

from __future__ import annotations

import ssl

from nzconfig.services import tls


def test_one_context_that_verifies() -> None:
    context = tls.context()
    assert context is tls.context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0  # a certificate bundle is loaded
