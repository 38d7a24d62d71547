//! Connection tests against the harness cluster: every auth method and sslmode.

mod pg_harness;

use pg_harness::cluster;

#[test]
fn harness_cluster_has_its_users() {
    let c = cluster();
    let users = c.psql("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE '%_user'");
    assert_eq!(users.trim(), "clear_user,md5_user,scram_user,tls_user");
    let md5 = c.psql("SELECT left(rolpassword, 3) FROM pg_authid WHERE rolname = 'md5_user'");
    assert_eq!(md5.trim(), "md5");
}
