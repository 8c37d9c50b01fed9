export * from './email/email-message.entity.js';
export * from './email/email.channel.js';
export * from './invitation-email.js';
export * from './invitation-email.handler.js';
export * from './notifications.module.js';
export * from './inbox.service.js';
