// docker-compose's mongo-init, second step (signed in as the root user, after init-replica-set.js): one user per
// service, in and for that service's database only (readWrite), with the password from
// MONGODB_PASSWORD_<SERVICE>. Running it again sets the current passwords (rotation:
// docs/operations/kafka-and-mongodb-credentials.md).
const services = {
  'stakeholder-agreements': 'stakeholder_agreements',
  'attendance-ingestion': 'attendance_ingestion',
  'risk-scoring': 'risk_scoring',
  'case-management': 'case_management',
  'notifications': 'notifications',
};
for (const [user, database] of Object.entries(services)) {
  const variable = `MONGODB_PASSWORD_${user.replace(/-/g, '_').toUpperCase()}`;
  const pwd = process.env[variable];
  if (!pwd) {
    print(`${variable} is not set`);
    quit(1);
  }
  const serviceDb = db.getSiblingDB(database);
  const roles = [{ role: 'readWrite', db: database }];
  if (serviceDb.getUser(user)) {
    serviceDb.updateUser(user, { pwd, roles });
  } else {
    serviceDb.createUser({ user, pwd, roles });
  }
  print(`mongodb user ready: ${user} (${database})`);
}
