import type { Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string | Buffer; contentType?: string }[];
}

/** Sends e-mail when SMTP is configured; otherwise `enabled` is false and callers offer another way. */
export interface Mailer {
  enabled: boolean;
  send(message: MailMessage): Promise<void>;
}

export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return { enabled: false, send: async () => undefined };
  // nodemailer is loaded only when mail is configured (it is not small).
  const transport: Promise<Transporter> = import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl));
  transport.catch(() => undefined); // a broken transport fails each send, not the process
  return {
    enabled: true,
    async send(message) {
      await (await transport).sendMail({ from, ...message });
    },
  };
}
