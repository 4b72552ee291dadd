//! E-mail over SMTP (lettre): one plain-text UTF-8 message per outbox row, its subject the
//! row's title, its `Message-ID` derived from the row's idempotency key so a delivery retried
//! after a lost answer is recognisably the same message. A 5xx answer refuses the message for
//! good; anything else (4xx, timeout, connection) is retried by the outbox.

use std::time::Duration;

use entity::outbox;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};

use super::{Carrier, Failure};
use crate::config::Secret;

/// How long one SMTP conversation may take.
const TIMEOUT: Duration = Duration::from_secs(15);

#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The sender's domain, for message ids.
    domain: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The transport holds the SMTP credentials: only the sender is shown.
        f.debug_struct("Mailer").field("from", &self.from.to_string()).finish_non_exhaustive()
    }
}

impl Mailer {
    /// A mailer for `VIGIE_SMTP_URL` and `VIGIE_MAIL_FROM`; either one malformed stops the
    /// node at start-up rather than at the first e-mail.
    pub fn new(url: &Secret, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
            .map_err(|_| anyhow::anyhow!("VIGIE_SMTP_URL is not an smtp:// or smtps:// URL"))?
            .timeout(Some(TIMEOUT))
            .build();
        let from: Mailbox =
            from.parse().map_err(|error| anyhow::anyhow!("VIGIE_MAIL_FROM is not an address: {error}"))?;
        let domain = from.email.domain().to_owned();
        Ok(Self { transport, from, domain })
    }

    fn message(&self, message: &outbox::Model) -> Result<Message, Failure> {
        let to: Mailbox = message
            .recipient
            .parse()
            .map_err(|_| Failure::Refused("recipient is not a deliverable address".to_owned()))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.title.clone().unwrap_or_default())
            .message_id(Some(format!("<{}@{}>", message.idempotency_key, self.domain)))
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone())
            .map_err(|error| Failure::Refused(format!("message not built: {error}")))
    }
}

impl Carrier for Mailer {
    async fn deliver(&self, message: &outbox::Model) -> Result<(), Failure> {
        let email = self.message(message)?;
        match self.transport.send(email).await {
            Ok(_) => Ok(()),
            Err(error) if error.is_permanent() => Err(Failure::Refused(format!(
                "SMTP {}",
                error.status().map(|code| code.to_string()).unwrap_or_else(|| "5xx".to_owned())
            ))),
            Err(error) if error.is_timeout() => Err(Failure::Retry("timeout".to_owned())),
            Err(error) if error.is_transient() => Err(Failure::Retry(format!(
                "SMTP {}",
                error.status().map(|code| code.to_string()).unwrap_or_else(|| "4xx".to_owned())
            ))),
            Err(_) => Err(Failure::Retry("unreachable".to_owned())),
        }
    }
}
