"""Helpers and conformance suites for plugin authors (ours and third parties').

Subclass a suite in your own tests and provide its fixture::

    from mask.core.testing.vault import VaultConformance

    class TestMyVault(VaultConformance):
        @pytest.fixture
        def vault(self): ...
"""
