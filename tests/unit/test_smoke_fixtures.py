def test_make_vault_gives_an_open_vault(make_vault):
    vault, recovery_key = make_vault()
    assert vault.conn.execute("SELECT count(*) FROM dossiers").fetchone() == (0,)
    assert len(recovery_key.replace("-", "")) == 32
