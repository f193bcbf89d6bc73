# Object-heavy simulation: a small ecosystem of classes with attributes, inheritance, properties
# and method calls, stepped many times. Prints a checksum.
class Entity:
    __slots__ = ("x", "y", "energy")

    def __init__(self, x, y, energy):
        self.x = x
        self.y = y
        self.energy = energy

    def move(self, dx, dy, width):
        self.x = (self.x + dx) % width
        self.y = (self.y + dy) % width
        self.energy -= 1

    @property
    def alive(self):
        return self.energy > 0


class Plant(Entity):
    __slots__ = ()

    def step(self, world):
        self.energy += 2


class Grazer(Entity):
    __slots__ = ("eaten",)

    def __init__(self, x, y, energy):
        super().__init__(x, y, energy)
        self.eaten = 0

    def step(self, world):
        self.move(world.rand() % 3 - 1, world.rand() % 3 - 1, world.width)
        plant = world.plants.get((self.x, self.y))
        if plant is not None and plant.energy > 3:
            plant.energy -= 3
            self.energy += 6
            self.eaten += 1


class World:
    def __init__(self, width, grazers):
        self.width = width
        self.seed = 12345
        self.plants = {(x, y): Plant(x, y, 5) for x in range(width) for y in range(width) if (x * 7 + y * 3) % 5 == 0}
        self.grazers = [Grazer(self.rand() % width, self.rand() % width, 20) for _ in range(grazers)]

    def rand(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed >> 16

    def tick(self):
        for p in self.plants.values():
            p.step(self)
        for g in self.grazers:
            g.step(self)
        self.grazers = [g for g in self.grazers if g.alive]


world = World(60, 1500)
for _ in range(700):
    world.tick()
print(len(world.grazers), sum(g.eaten for g in world.grazers), sum(p.energy for p in world.plants.values()))
