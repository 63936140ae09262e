import { knownOptions } from '../model';
import type { Rule } from './rule';
import { quote } from '../text/quote';

export const cognitoMfaMethod: Rule = {
  meta: {
    id: 'cognito-mfa-method',
    title: 'User pools with MFA configure an MFA method',
    description:
      'With MfaConfiguration ON or OPTIONAL, CloudFormation needs SmsConfiguration (SMS) or EnabledMfas with SOFTWARE_TOKEN_MFA (or EMAIL_OTP); otherwise Cognito rejects the pool.',
    severity: 'error',
    topic: 'cognito-user-pools',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const pool of context.model.userPools) {
      if (pool.mfaMethodConfigured !== false) continue;
      for (const mfa of knownOptions(pool.mfa)) {
        if (mfa.value !== 'ON' && mfa.value !== 'OPTIONAL') continue;
        const sms = knownOptions(pool.enabledMfas).some((m) => m.value.includes('SMS_MFA'));
        context.report({
          at: mfa,
          entity: pool,
          message:
            `MfaConfiguration ${mfa.value} on user pool ${quote(pool.id)} has no MFA method: ` +
            (sms ? 'SMS_MFA needs SmsConfiguration (an SNS role). ' : 'add EnabledMfas with SOFTWARE_TOKEN_MFA, or SmsConfiguration for SMS. ') +
            'Otherwise Cognito rejects the pool ("SMS configuration and Auto verification for phone_number are required when MFA is required/optional").',
        });
      }
    }
  },
};
