//! A server restart under a pool: queries fail with transient errors while the server is
//! down, and the pool reconnects by itself once it is back. Uses its own cluster, since it
//! stops the server.

mod pg_harness;

use std::time::{Duration, Instant};

use chopin_rt::block_on;
use chopin_rt::pg::{ErrorClass, Pool};
use pg_harness::{Cluster, SCRAM};

#[test]
fn a_pool_survives_a_server_restart() {
    let c = Cluster::start();
    let url = c.url(SCRAM.0, SCRAM.1, "sslmode=require&connect_timeout=2");
    block_on(async {
        let pool = Pool::with_checkout_timeout(url.parse().unwrap(), 2, Duration::from_secs(1));
        let before: i32 = pool.query_one("SELECT pg_backend_pid()", &[]).await.unwrap().get(0);

        c.stop();
        // Every query now fails, and each failure is transient.
        for _ in 0..5 {
            let e = pool.query_one("SELECT 1", &[]).await.unwrap_err();
            assert_eq!(e.class(), ErrorClass::Transient, "{e}");
        }

        c.start_again();
        let t = Instant::now();
        let after = loop {
            match pool.query_one("SELECT pg_backend_pid()", &[]).await {
                Ok(r) => break r.get::<_, i32>(0),
                Err(e) => {
                    assert_eq!(e.class(), ErrorClass::Transient, "{e}");
                    assert!(t.elapsed() < Duration::from_secs(20), "no reconnect after the restart: {e}");
                    chopin_rt::sleep(Duration::from_millis(100)).await;
                }
            }
        };
        assert_ne!(before, after, "a new session after the restart");
    });
}
