// docker-compose's mongo-init: makes mongo-1..3 one replica set (rs0) once, then waits for a primary.
// Safe to run again: an initiated set is left as it is.
const members = [0, 1, 2].map(i => ({ _id: i, host: `mongo-${i + 1}:27017` }));
try {
  rs.status();
  print('replica set rs0 already initiated');
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') throw e;
  rs.initiate({ _id: 'rs0', members });
  print('replica set rs0 initiated');
}
for (let i = 0; i < 60; i++) {
  if (db.hello().isWritablePrimary || rs.status().members.some(m => m.stateStr === 'PRIMARY')) {
    print('rs0 has a primary');
    quit(0);
  }
  sleep(1000);
}
print('rs0 elected no primary within 60 s');
quit(1);
