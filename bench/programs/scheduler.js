// A small Richards-style object program: a scheduler running polymorphic tasks that exchange
// packets through queues (written for this project, in the spirit of the Richards benchmark).
class Packet {
  constructor(link, id, kind) { this.link = link; this.id = id; this.kind = kind; this.datum = 0; }
  append(queue) {
    this.link = null;
    if (queue === null) return this;
    var p = queue;
    while (p.link !== null) p = p.link;
    p.link = this;
    return queue;
  }
}
class Task {
  constructor(scheduler, id, priority, queue) {
    this.scheduler = scheduler; this.id = id; this.priority = priority; this.queue = queue;
    this.next = scheduler.list; scheduler.list = this; this.waiting = queue !== null; this.count = 0;
  }
  take() { var p = this.queue; this.queue = p.link; this.waiting = this.queue !== null; return p; }
  receive(packet) { this.queue = packet.append(this.queue); this.waiting = true; }
}
class Worker extends Task {
  run(packet) {
    this.count++;
    packet.datum = (packet.datum + this.id * 3 + 1) % 101;
    var target = this.scheduler.tasks[(packet.datum + this.id) % this.scheduler.tasks.length];
    if (target !== this) target.receive(packet);
    else this.scheduler.done++;
  }
}
class Handler extends Task {
  run(packet) {
    this.count += 2;
    packet.datum = (packet.datum * 7 + this.id) % 97;
    var target = this.scheduler.tasks[packet.datum % this.scheduler.tasks.length];
    target.receive(packet);
  }
}
class Scheduler {
  constructor() { this.list = null; this.tasks = []; this.done = 0; }
  add(task) { this.tasks[this.tasks.length] = task; }
  schedule(steps) {
    for (var step = 0; step < steps; step++) {
      var t = this.list, ran = false;
      while (t !== null) {
        if (t.waiting) { t.run(t.take()); ran = true; }
        t = t.next;
      }
      if (!ran) return step;
    }
    return steps;
  }
}
function run() {
  var s = new Scheduler();
  for (var i = 0; i < 6; i++) {
    var queue = null;
    for (var k = 0; k < 4; k++) queue = new Packet(null, i * 4 + k, k & 1).append(queue);
    s.add(i % 2 === 0 ? new Worker(s, i, i, queue) : new Handler(s, i, i, queue));
  }
  var steps = s.schedule(60000);
  var counts = 0;
  for (var j = 0; j < s.tasks.length; j++) counts += s.tasks[j].count;
  return steps * 1000 + counts % 1000 + s.done;
}
var result = run();
if (result !== 60000153) throw "scheduler: wrong result " + result;
