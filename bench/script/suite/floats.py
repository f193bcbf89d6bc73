# Float arithmetic: a Mandelbrot set and a small n-body integration, in plain Python floats.
def mandelbrot(size, limit):
    inside = 0
    for py in range(size):
        ci = py * 2.0 / size - 1.0
        for px in range(size):
            cr = px * 3.0 / size - 2.0
            zr = zi = 0.0
            for _ in range(limit):
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                if zr * zr + zi * zi > 4.0:
                    break
            else:
                inside += 1
    return inside


def nbody(steps):
    bodies = [[0.0, 0.0, 0.0, 0.0, 39.47], [4.84, -1.16, 0.606, 2.81, 0.037],
              [8.34, 4.12, -1.01, 1.82, 0.011], [12.89, -15.11, 1.08, 0.868, 0.0017]]
    dt = 0.001
    for _ in range(steps):
        for i in range(len(bodies)):
            bi = bodies[i]
            for j in range(i + 1, len(bodies)):
                bj = bodies[j]
                dx = bi[0] - bj[0]
                dy = bi[1] - bj[1]
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * d2 ** 0.5)
                bi[2] -= dx * bj[4] * mag
                bi[3] -= dy * bj[4] * mag
                bj[2] += dx * bi[4] * mag
                bj[3] += dy * bi[4] * mag
        for b in bodies:
            b[0] += dt * b[2]
            b[1] += dt * b[3]
    return sum(b[0] + b[1] for b in bodies)


print(mandelbrot(240, 80), round(nbody(80000), 6))
