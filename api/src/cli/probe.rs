//! `vigie probe`: exits 0 when this node's `/readyz` answers 200 — the container's health
//! check (the image has no shell and no curl).

use std::time::Duration;

use anyhow::{Context, ensure};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::config::Config;

pub async fn run(config: Config) -> anyhow::Result<()> {
    let mut address = config.listen;
    if address.ip().is_unspecified() {
        address.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    let probe = async {
        let mut stream = tokio::net::TcpStream::connect(address)
            .await
            .with_context(|| format!("connecting to {address}"))?;
        stream.write_all(b"GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").await?;
        let mut head = [0u8; 12];
        stream.read_exact(&mut head).await.context("reading the answer")?;
        anyhow::Ok(head)
    };
    let head =
        tokio::time::timeout(Duration::from_secs(3), probe).await.context("no answer within 3 s")??;
    ensure!(head.starts_with(b"HTTP/1.1 200"), "not ready: {}", String::from_utf8_lossy(&head));
    Ok(())
}
